import { expect, test } from './support/fixtures';
import { LOCAL_ONLY } from './support/grid-fixtures';
import { connectApp } from './support/customer-detail';

test.use(LOCAL_ONLY);

const ZH_CHUNK = /\/zh-CN-[\w-]+\.js$/;

test('the language menu switches the page, its lang attribute and back', async ({
  page,
  appUrl,
  httpsStore,
  consoleErrors: _,
}) => {
  await connectApp(page, httpsStore, 'v3', 'en');
  await page.goto(appUrl);
  await expect(page.locator('tbody tr').first()).toBeVisible();
  await page.getByLabel('Language').selectOption({ label: '简体中文' });
  await expect(page.getByRole('heading', { name: '客户', exact: true })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '用户名' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByLabel('语言').selectOption({ label: 'English' });
  await expect(page.getByRole('heading', { name: 'Customers', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('Chinese that cannot load leaves the page in English; choosing it again loads it', async ({
  page,
  appUrl,
  httpsStore,
}) => {
  await connectApp(page, httpsStore, 'v3', 'en');
  let blocked = 0;
  await page.route(ZH_CHUNK, (route) => {
    blocked++;
    return route.abort();
  });
  await page.goto(appUrl);
  await expect(page.locator('tbody tr').first()).toBeVisible();
  await page.getByLabel('Language').selectOption({ label: '简体中文' });
  await expect.poll(() => blocked).toBe(1);
  await expect(page.getByRole('heading', { name: 'Customers', exact: true })).toBeVisible();
  await expect(page.getByLabel('Language')).toHaveValue('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.unroute(ZH_CHUNK);
  await page.getByLabel('Language').selectOption({ label: '简体中文' });
  await expect(page.getByRole('heading', { name: '客户', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});
