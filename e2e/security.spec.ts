import type { Page } from '@playwright/test';
import { test, expect, E2E_KEYS } from './support/fixtures';
import { ConnectScreen } from './support/connect-screen';
import { CustomerFormScreen } from './support/customer-form';
import { readFromStore, storeRequestLog } from './support/store-client';

// Where the keys may and may not be: storage, request URLs (as the browser sent them and as the
// store logged them), and after Disconnect.

function recordRequestUrls(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

async function storageText(page: Page) {
  return page.evaluate(() => ({
    local: JSON.stringify({ ...localStorage }),
    session: JSON.stringify({ ...sessionStorage }),
  }));
}

async function connectTo(page: Page, appUrl: string, storeUrl: string, remember = false) {
  const screen = new ConnectScreen(page);
  await screen.open(appUrl);
  await screen.fill({ storeUrl, key: E2E_KEYS.key, secret: E2E_KEYS.secret, remember });
  await screen.connect();
  await expect(page.getByRole('table', { name: 'Customers' }).getByRole('row')).toHaveCount(26);
}

test('OAuth over HTTP: neither key nor secret is in any URL, the keys are not in localStorage', async ({
  page,
  appUrl,
  httpStore,
  consoleErrors: _,
}) => {
  const urls = recordRequestUrls(page);
  await connectTo(page, appUrl, httpStore.url);
  await page.getByRole('searchbox', { name: 'Search customers' }).fill('anna');
  await expect(page).toHaveURL(/search=anna/);
  // A write as well: reads and writes are both signed in the Authorization header (decision 0002).
  const [customer] = await readFromStore<{ id: number }[]>(httpStore, 'customers?per_page=1');
  await page.goto(`${appUrl}#/customers/${customer!.id}/edit`);
  const form = new CustomerFormScreen(page);
  await form.field('Account', 'First name').fill('Signed');
  await form.button('Save changes').click();
  await expect(page).toHaveURL(new RegExp(`#/customers/${customer!.id}$`));

  const storeUrls = urls.filter((url) => url.startsWith(httpStore.url));
  expect(storeUrls.length).toBeGreaterThan(2);
  const log = await storeRequestLog(httpStore);
  const logged = log.map((entry) => `${entry.path}?${entry.query}`);
  for (const url of [...storeUrls, ...logged, page.url()]) {
    expect(url).not.toContain(E2E_KEYS.key);
    expect(url).not.toContain(E2E_KEYS.secret);
    expect(url).not.toMatch(/[?&](oauth_consumer_key|consumer_key|consumer_secret)=/);
  }
  const signed = log.filter(
    (entry) => entry.method !== 'OPTIONS' && /^\/wp-json\/wc[/-]/.test(entry.path),
  );
  expect(signed.map((entry) => entry.method)).toContain('PUT');
  for (const entry of signed) expect(entry.authorization, entry.path).toBe(true);
  const stored = await storageText(page);
  expect(stored.local).not.toContain(E2E_KEYS.key);
  expect(stored.local).not.toContain(E2E_KEYS.secret);
  expect(stored.session).toContain(E2E_KEYS.key); // this tab only
});

test('Basic over HTTPS: neither key nor secret in any URL', async ({
  page,
  appUrl,
  httpsStore,
  consoleErrors: _,
}) => {
  const urls = recordRequestUrls(page);
  await connectTo(page, appUrl, httpsStore.url);
  const logged = (await storeRequestLog(httpsStore)).map((entry) => `${entry.path}?${entry.query}`);
  expect(logged.length).toBeGreaterThan(2);
  for (const url of [...urls, ...logged, page.url()]) {
    expect(url).not.toContain(E2E_KEYS.key);
    expect(url).not.toContain(E2E_KEYS.secret);
  }
  expect((await storageText(page)).local).not.toContain(E2E_KEYS.secret);
});

test('"remember" puts the keys in localStorage; Disconnect forgets them everywhere', async ({
  page,
  appUrl,
  httpStore,
  consoleErrors: _,
}) => {
  await connectTo(page, appUrl, httpStore.url, true);
  expect((await storageText(page)).local).toContain(E2E_KEYS.secret);

  // "Forget keys" is the Disconnect button, and it says so to screen readers and on hover.
  const disconnect = page.getByRole('button', { name: 'Disconnect', exact: true });
  await expect(disconnect).toHaveAccessibleDescription(
    'Disconnect and remove the keys from this browser',
  );
  await disconnect.click();
  await expect(page.getByRole('heading', { name: 'Connect to your store' })).toBeVisible();
  const after = await storageText(page);
  for (const text of [after.local, after.session]) {
    expect(text).not.toContain(E2E_KEYS.key);
    expect(text).not.toContain(E2E_KEYS.secret);
  }
  // The connect screen starts empty: the secret is never shown again.
  await expect(page.getByLabel('Consumer secret')).toHaveValue('');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Connect to your store' })).toBeVisible();
});

test('keys go into URLs only when query-string auth is chosen, and the screen warns first', async ({
  page,
  appUrl,
  httpsStore,
  consoleErrors: _,
}) => {
  const screen = new ConnectScreen(page);
  await screen.open(appUrl);
  // Plain HTTP to a host that is not this machine: a warning before anything is sent.
  await screen.storeUrl.fill('http://shop.example.com');
  await expect(page.getByText(/This store is on plain HTTP/)).toBeVisible();
  await screen.storeUrl.fill('http://127.0.0.1:8787');
  await expect(page.getByText(/This store is on plain HTTP/)).toHaveCount(0);

  await screen.fill({ storeUrl: httpsStore.url, key: E2E_KEYS.key, secret: E2E_KEYS.secret });
  await screen.chooseAuthMode('Keys in the query string (HTTPS only)');
  await expect(page.getByText(/Query-string keys end up in server and proxy logs/)).toBeVisible();
  await screen.connect();
  await expect(page.getByRole('table', { name: 'Customers' }).getByRole('row')).toHaveCount(26);
  const reads = (await storeRequestLog(httpsStore)).filter(
    (entry) => entry.method === 'GET' && entry.path.startsWith('/wp-json/wc/'),
  );
  expect(reads.length).toBeGreaterThan(0);
  for (const read of reads) expect(read.query).toContain('consumer_key=');
});
