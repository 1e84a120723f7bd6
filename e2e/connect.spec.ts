import { test, expect, E2E_KEYS } from './support/fixtures';
import { ConnectScreen } from './support/connect-screen';
import { readFromStore, storeRequestLog } from './support/store-client';

interface NamedCustomer {
  first_name: string;
  last_name: string;
  email: string;
}

test.describe('connect screen', () => {
  test('connects over plain HTTP with OAuth 1.0a and shows the first page of real customers', async ({
    page,
    appUrl,
    httpStore,
    consoleErrors: _,
  }) => {
    const [first] = await readFromStore<NamedCustomer[]>(httpStore, 'customers?per_page=1');
    const screen = new ConnectScreen(page);
    await screen.open(appUrl);
    await screen.fill({ storeUrl: httpStore.url, key: E2E_KEYS.key, secret: E2E_KEYS.secret });
    await screen.connect();

    await expect(page.getByRole('heading', { name: 'Customers' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Customers' });
    await expect(table.getByRole('row').nth(1)).toContainText(first!.email);
    await expect(table.getByRole('row')).toHaveCount(26); // header + 25

    // OAuth over HTTP: every API request was signed, and the secret never travelled.
    const log = await storeRequestLog(httpStore);
    const apiCalls = log.filter((entry) => entry.path.startsWith('/wp-json/wc/'));
    expect(apiCalls.length).toBeGreaterThan(0);
    for (const call of apiCalls) {
      expect(call.query).not.toContain(E2E_KEYS.secret);
      // Every request signed in the Authorization header (decision 0002): no key in any URL.
      expect(call.query).not.toContain(E2E_KEYS.key);
      expect(call.query).not.toContain('oauth_');
      if (call.method !== 'OPTIONS') expect(call.authorization).toBe(true);
    }
  });

  test('connects over HTTPS with Basic auth, keeping keys out of URLs', async ({
    page,
    appUrl,
    httpsStore,
    consoleErrors: _,
  }) => {
    const [first] = await readFromStore<NamedCustomer[]>(httpsStore, 'customers?per_page=1');
    const screen = new ConnectScreen(page);
    await screen.open(appUrl);
    await screen.fill({ storeUrl: httpsStore.url, key: E2E_KEYS.key, secret: E2E_KEYS.secret });
    await screen.connect();

    const table = page.getByRole('table', { name: 'Customers' });
    await expect(table.getByRole('row')).toHaveCount(26);
    await expect(table.getByRole('row').nth(1)).toContainText(first!.email);
    const apiCalls = (await storeRequestLog(httpsStore)).filter(
      (e) => e.path.startsWith('/wp-json/wc/') && e.method !== 'OPTIONS',
    );
    expect(apiCalls.length).toBeGreaterThan(0);
    for (const call of apiCalls) {
      expect(call.authorization).toBe(true);
      expect(call.query).not.toContain('consumer_');
    }
  });

  test('a wrong secret over HTTP names the rejected signature', async ({
    page,
    appUrl,
    httpStore,
    consoleErrors: _,
  }) => {
    const screen = new ConnectScreen(page);
    await screen.open(appUrl);
    await screen.fill({ storeUrl: httpStore.url, key: E2E_KEYS.key, secret: 'cs_wrong' });
    await screen.connect();
    await expect(screen.alert).toContainText('rejected the OAuth signature');
    await expect(screen.consumerSecret).toHaveValue('cs_wrong'); // nothing typed is lost
  });

  test('a wrong secret over HTTPS says the secret is wrong', async ({
    page,
    appUrl,
    httpsStore,
    consoleErrors: _,
  }) => {
    const screen = new ConnectScreen(page);
    await screen.open(appUrl);
    await screen.fill({ storeUrl: httpsStore.url, key: E2E_KEYS.key, secret: 'cs_wrong' });
    await screen.connect();
    await expect(screen.alert).toContainText('The consumer secret is wrong');
  });

  test('an unknown key, an unreachable address and Basic over HTTP each get their own message', async ({
    page,
    appUrl,
    httpStore,
    consoleErrors: _,
  }) => {
    const screen = new ConnectScreen(page);
    await screen.open(appUrl);
    await screen.fill({ storeUrl: httpStore.url, key: 'ck_unknown', secret: E2E_KEYS.secret });
    await screen.connect();
    await expect(screen.alert).toContainText('did not accept this consumer key');

    await screen.fill({ storeUrl: httpStore.url, key: E2E_KEYS.key, secret: E2E_KEYS.secret });
    await screen.chooseAuthMode('HTTP Basic (HTTPS only)');
    await screen.connect();
    await expect(screen.alert).toContainText('only work over HTTPS');

    await screen.storeUrl.fill('http://127.0.0.1:9/');
    await screen.connect();
    await expect(screen.alert).toContainText('Could not reach');
  });

  test('a read-only key connects with a warning', async ({
    page,
    appUrl,
    httpStore,
    consoleErrors: _,
  }) => {
    const screen = new ConnectScreen(page);
    await screen.open(appUrl);
    await screen.fill({
      storeUrl: httpStore.url,
      key: E2E_KEYS.readKey,
      secret: E2E_KEYS.readSecret,
    });
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect(page.getByRole('status')).toContainText('read-only');
  });

  test('reload keeps the session; a new browser session needs the keys again', async ({
    page,
    appUrl,
    httpStore,
    browser,
    consoleErrors: _,
  }) => {
    const screen = new ConnectScreen(page);
    await screen.open(appUrl);
    await screen.fill({ storeUrl: httpStore.url, key: E2E_KEYS.key, secret: E2E_KEYS.secret });
    await screen.connect();
    await expect(page.getByRole('table', { name: 'Customers' })).toBeVisible();

    await page.reload();
    await expect(page.getByRole('table', { name: 'Customers' }).getByRole('row')).toHaveCount(26);

    // A new browser session gets what survives closing the browser: local storage, not session storage.
    const saved = await page.context().storageState();
    const fresh = await browser.newContext({ storageState: saved });
    const freshPage = await fresh.newPage();
    await freshPage.goto(appUrl);
    await expect(freshPage.getByRole('heading', { name: 'Connect to your store' })).toBeVisible();
    await fresh.close();
  });

  test('with "remember on this device" a new browser session is still connected', async ({
    page,
    appUrl,
    httpStore,
    browser,
    consoleErrors: _,
  }) => {
    const screen = new ConnectScreen(page);
    await screen.open(appUrl);
    await screen.fill({
      storeUrl: httpStore.url,
      key: E2E_KEYS.key,
      secret: E2E_KEYS.secret,
      remember: true,
    });
    await screen.connect();
    await expect(page.getByRole('table', { name: 'Customers' })).toBeVisible();

    const fresh = await browser.newContext({ storageState: await page.context().storageState() });
    const freshPage = await fresh.newPage();
    await freshPage.goto(appUrl);
    await expect(freshPage.getByRole('table', { name: 'Customers' }).getByRole('row')).toHaveCount(
      26,
    );

    await freshPage.getByRole('button', { name: 'Disconnect' }).click();
    await expect(freshPage.getByRole('heading', { name: 'Connect to your store' })).toBeVisible();
    await fresh.close();
  });
});
