import { test, expect, E2E_KEYS } from './support/fixtures';
import { ConnectScreen } from './support/connect-screen';
import { readFromStore } from './support/store-client';
import type { Customer } from '../src/api/schemas/customer';
import { documentedCsp, startDeployedApp } from './support/deployed-app';
import { EmbedHostPage, originOf, startEmbedHost } from './support/embed-host';
import type { StaticServer } from './support/static-server';

// Issue 16.1: a link opened in a tab that is not connected survives the connect screen — the
// route and its query, a reload of the connect screen, a Disconnect and reconnect. Remember off.

const GRID_LINK = '/customers?page=3&orderby=id&order=asc';

async function customersById(store: { url: string }): Promise<Customer[]> {
  return readFromStore<Customer[]>(store as never, 'customers?per_page=100&orderby=id&order=asc');
}

test('a customer link and a grid link with its query both survive connecting', async ({
  page,
  appUrl,
  httpStore,
  consoleErrors: _,
}) => {
  const customers = await customersById(httpStore);
  const target = customers[9]!;
  const screen = new ConnectScreen(page);

  await page.goto(`${appUrl}#/customers/${target.id}`);
  await expect(page.getByRole('heading', { name: 'Connect to your store' })).toBeVisible();
  // The target lives in the connect screen's own URL, so a reload keeps it.
  await expect(page).toHaveURL(new RegExp(`#/connect\\?next=%2Fcustomers%2F${target.id}$`));
  await page.reload();
  await screen.fill({ storeUrl: httpStore.url, key: E2E_KEYS.key, secret: E2E_KEYS.secret });
  await screen.connect();
  await expect(page).toHaveURL(new RegExp(`#/customers/${target.id}$`));
  await expect(
    page.getByRole('heading', { name: `${target.first_name} ${target.last_name}` }),
  ).toBeVisible();

  // Disconnect from a grid view, connect again: back on the same page, order and all.
  await page.goto(`${appUrl}#${GRID_LINK}`);
  const table = page.getByRole('table', { name: 'Customers' });
  await expect(table.getByRole('row').nth(1)).toContainText(customers[50]!.email);
  await page.getByRole('button', { name: 'Disconnect' }).click();
  await expect(page.getByRole('heading', { name: 'Connect to your store' })).toBeVisible();
  await screen.fill({ storeUrl: httpStore.url, key: E2E_KEYS.key, secret: E2E_KEYS.secret });
  await screen.connect();
  await expect(page).toHaveURL(`${appUrl}#${GRID_LINK}`);
  await expect(table.getByRole('row').nth(1)).toContainText(customers[50]!.email);
});

test('a grid link opened cold lands on that page after Connect', async ({
  page,
  appUrl,
  httpStore,
  consoleErrors: _,
}) => {
  const customers = await customersById(httpStore);
  const screen = new ConnectScreen(page);
  await page.goto(`${appUrl}#${GRID_LINK}`);
  await screen.fill({ storeUrl: httpStore.url, key: E2E_KEYS.key, secret: E2E_KEYS.secret });
  await screen.connect();
  await expect(page).toHaveURL(`${appUrl}#${GRID_LINK}`);
  const table = page.getByRole('table', { name: 'Customers' });
  await expect(table.getByRole('row').nth(1)).toContainText(customers[50]!.email);
});

test('a route that does not exist is still "not found" after connecting; other sites are never a target', async ({
  page,
  appUrl,
  httpStore,
  consoleErrors: _,
}) => {
  const screen = new ConnectScreen(page);
  await page.goto(`${appUrl}#/connect?next=${encodeURIComponent('/customers/12/nonsense')}`);
  await screen.fill({ storeUrl: httpStore.url, key: E2E_KEYS.key, secret: E2E_KEYS.secret });
  await screen.connect();
  await expect(page.getByRole('heading', { name: 'This page does not exist.' })).toBeVisible();
  await expect(page).toHaveURL(/#\/customers\/12\/nonsense$/);

  await page.getByRole('button', { name: 'Disconnect' }).click();
  await page.goto(`${appUrl}#/connect?next=${encodeURIComponent('//evil.example/x')}`);
  await screen.fill({ storeUrl: httpStore.url, key: E2E_KEYS.key, secret: E2E_KEYS.secret });
  await screen.connect();
  await expect(page).toHaveURL(/#\/customers$/);
});

test.describe('embedded', () => {
  let host: StaticServer;
  test.beforeAll(async () => {
    host = await startEmbedHost();
  });
  test.afterAll(async () => {
    await host.close();
  });

  test('the link the frame was opened with survives connect-from-host', async ({
    page,
    httpStore,
    consoleErrors: _,
  }) => {
    const customers = await customersById(httpStore);
    const target = customers[4]!;
    const app = await startDeployedApp({
      basePath: '/tools/customers/',
      csp: documentedCsp(httpStore.url, [originOf(host.url)]),
      configJson: JSON.stringify({ embed: { allowedOrigins: [originOf(host.url)] } }),
    });
    try {
      const embed = new EmbedHostPage(page);
      await embed.open(host.url, `${app.url}#/customers/${target.id}`);
      await embed.waitForMessage('ready');
      await expect(embed.app.getByRole('heading', { name: 'Connect to your store' })).toBeVisible();
      await embed.sendConnection(httpStore.url);
      await embed.waitForMessage('connected');
      await expect(
        embed.app.getByRole('heading', { name: `${target.first_name} ${target.last_name}` }),
      ).toBeVisible();
      await expect(embed.log).toContainText(`"type":"navigated","path":"/customers/${target.id}"`);
    } finally {
      await app.close();
    }
  });
});
