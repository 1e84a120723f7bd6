import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, E2E_KEYS } from './support/fixtures';
import { ConnectScreen } from './support/connect-screen';
import { distDir } from './support/dist-dir';
import { documentedCsp, recordCspViolations, startDeployedApp } from './support/deployed-app';
import { CustomerFormScreen } from './support/customer-form';
import { readFromStore, storeRequestLog } from './support/store-client';

// dist/ deployed as docs/deployment.md says: a plain static host, a sub-path, the documented
// Content-Security-Policy and cache headers, and an optional config.json next to index.html.

const SUB_PATH = '/tools/customers/';

test('dist/ is CDN-ready: hashed asset names, a small index.html with no inline code', () => {
  const dist = distDir();
  const index = readFileSync(join(dist, 'index.html'), 'utf8');
  expect(statSync(join(dist, 'index.html')).size).toBeLessThan(2048);
  // Every script and stylesheet is a relative, hashed file; nothing inline for the CSP to allow.
  expect(index).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect(index).not.toMatch(/<style|\sstyle=|\son\w+=/i);
  expect(index).not.toMatch(/(src|href)="\/(?!\/)/);
  const assets = readdirSync(join(dist, 'assets')).filter((name) => !name.endsWith('.map'));
  expect(assets.length).toBeGreaterThan(0);
  for (const name of assets) expect(name).toMatch(/-[\w-]{8}\.(js|css)$/);
});

test('from a sub-path under the strict CSP it loads, connects and edits with no violation', async ({
  page,
  httpStore,
  consoleErrors: _,
}) => {
  const app = await startDeployedApp({ basePath: SUB_PATH, csp: documentedCsp(httpStore.url) });
  try {
    const violations = await recordCspViolations(page);
    const indexResponse = await page.goto(app.url);
    expect(indexResponse?.headers()['cache-control']).toBe('no-cache');
    expect(indexResponse?.headers()['content-security-policy']).toContain("script-src 'self'");

    const screen = new ConnectScreen(page);
    await expect(page.getByRole('heading', { name: 'Connect to your store' })).toBeVisible();
    await screen.fill({ storeUrl: httpStore.url, key: E2E_KEYS.key, secret: E2E_KEYS.secret });
    await screen.connect();
    await expect(page.getByRole('table', { name: 'Customers' }).getByRole('row')).toHaveCount(26);
    expect(new URL(page.url()).pathname).toBe(SUB_PATH);

    // An edit through the customer form, under the same policy, read back from the store.
    const [customer] = await readFromStore<{ id: number }[]>(httpStore, 'customers?per_page=1');
    await page.goto(`${app.url}#/customers/${customer!.id}/edit`);
    const form = new CustomerFormScreen(page);
    await form.field('Billing address', 'City').fill('Ushuaia');
    await form.button('Save changes').click();
    await expect(page).toHaveURL(new RegExp(`#/customers/${customer!.id}$`));
    const stored = await readFromStore<{ billing: { city: string } }>(
      httpStore,
      `customers/${customer!.id}`,
    );
    expect(stored.billing.city).toBe('Ushuaia');
    await page.reload();
    await expect(page.getByText('Ushuaia').first()).toBeVisible();
    expect(await violations()).toEqual([]);
  } finally {
    await app.close();
  }
});

test('under the strict CSP an HTTPS store connects with Basic auth and no violation', async ({
  page,
  httpsStore,
  consoleErrors: _,
}) => {
  const app = await startDeployedApp({ basePath: SUB_PATH, csp: documentedCsp(httpsStore.url) });
  try {
    const violations = await recordCspViolations(page);
    const screen = new ConnectScreen(page);
    await screen.open(app.url);
    await screen.fill({ storeUrl: httpsStore.url, key: E2E_KEYS.key, secret: E2E_KEYS.secret });
    await screen.connect();
    await expect(page.getByRole('table', { name: 'Customers' }).getByRole('row')).toHaveCount(26);
    await page.getByRole('button', { name: 'Next page', exact: true }).click();
    await expect(page).toHaveURL(/page=2/);
    expect(await violations()).toEqual([]);
  } finally {
    await app.close();
  }
});

test('hashed assets are served immutable, config.json revalidated', async ({
  request,
  httpStore,
}) => {
  const app = await startDeployedApp({ csp: documentedCsp(httpStore.url), configJson: '{}' });
  try {
    const index = await (await request.get(app.url)).text();
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(index)?.[1];
    expect(script).toBeDefined();
    const asset = await request.get(`${app.url}${script}`);
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    const config = await request.get(`${app.url}config.json`);
    expect(config.headers()['cache-control']).toBe('no-cache');
  } finally {
    await app.close();
  }
});

test('a config.json preset is honoured: locked store, language and page size', async ({
  page,
  httpStore,
  consoleErrors: _,
}) => {
  const app = await startDeployedApp({
    basePath: SUB_PATH,
    csp: documentedCsp(httpStore.url),
    configJson: JSON.stringify({
      storeUrl: httpStore.url,
      authMode: 'oauth1',
      defaultLocale: 'zh-CN',
      pageSize: 50,
      staffMayChange: { storeUrl: false, authMode: false, locale: false, theme: false },
    }),
  });
  try {
    const violations = await recordCspViolations(page);
    // Choices made on this browser before the deployment locked them.
    await page.addInitScript(() => {
      localStorage.setItem('customer-desk.locale', '"en"');
      localStorage.setItem('mui-mode', 'dark');
    });
    const configRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.endsWith('/config.json'))
        configRequests.push(request.url());
    });
    await page.goto(app.url);
    await expect(page.getByRole('heading', { name: '连接到您的商店' })).toBeVisible();
    // Fetched once, by index.html's preload (alongside the app's code), and that answer used.
    expect(configRequests).toEqual([`${app.url}config.json`]);
    const initiators = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('/config.json'))
        .map((entry) => (entry as PerformanceResourceTiming).initiatorType),
    );
    expect(initiators).toEqual(['link']);
    const storeUrl = page.getByRole('textbox', { name: '商店网址' });
    await expect(storeUrl).toHaveValue(httpStore.url);
    await expect(storeUrl).not.toBeEditable();
    await expect(page.getByText('由管理员设定')).toHaveCount(2); // store URL and auth mode

    await page.getByRole('textbox', { name: '消费者密钥（Consumer key）' }).fill(E2E_KEYS.key);
    await page.getByLabel('消费者私钥（Consumer secret）').fill(E2E_KEYS.secret);
    await page.getByRole('button', { name: '连接', exact: true }).click();
    const rows = page.getByRole('table', { name: '客户' }).getByRole('row');
    await expect(rows).toHaveCount(51); // header + the configured 50
    // Language and theme are fixed: no switches, the configured language, the system's scheme.
    await expect(page.getByRole('combobox', { name: '语言' })).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: '配色主题' })).toHaveCount(0);
    await expect(page.locator('html')).toHaveClass(/light/);
    expect(await violations()).toEqual([]);
  } finally {
    await app.close();
  }
});

test('a broken config.json stops the app with an error page naming each field', async ({
  page,
  httpStore,
  consoleErrors: _,
}) => {
  for (const [configJson, fields] of [
    [
      JSON.stringify({ pageSize: 30, storUrl: 'https://shop.example.com' }),
      ['pageSize', 'storUrl'],
    ],
    [JSON.stringify({ embed: { allowedOrigins: ['*'] } }), ['embed.allowedOrigins.0']],
    ['{"storeUrl": ', ['config.json']],
  ] as const) {
    const app = await startDeployedApp({ csp: documentedCsp(httpStore.url), configJson });
    try {
      await page.goto(app.url);
      await expect(page.getByRole('heading', { name: 'Customer Desk cannot start' })).toBeVisible();
      const problems = page.getByRole('list', { name: 'Problems in config.json' });
      await expect(problems.getByRole('listitem')).toHaveCount(fields.length);
      for (const field of fields) {
        await expect(problems.getByRole('listitem').filter({ hasText: field })).toHaveCount(1);
      }
      await expect(page.getByRole('textbox', { name: 'Store URL' })).toHaveCount(0);
      if ((fields as readonly string[]).includes('pageSize')) {
        await expect(problems).toContainText('pageSize must be one of: 10, 25, 50, 100');
      }
    } finally {
      await app.close();
    }
  }
  // Nothing reached the store.
  expect(await storeRequestLog(httpStore)).toEqual([]);
});
