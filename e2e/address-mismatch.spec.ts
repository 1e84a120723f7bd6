import { test, expect, E2E_KEYS } from './support/fixtures';
import { ConnectScreen } from './support/connect-screen';
import type { RunningStore } from '../demo-store/server';

// Issue 16.4: WooCommerce checks signatures against its own home URL. The demo store is told to
// report (and sign against) another address, as behind a proxy that drops the port or ends TLS;
// the connect screen then shows both addresses and what to do, not "wrong secret".

/** The control API (`POST /__demo/site`), through the running store's own handler. */
async function setStoreSite(store: RunningStore, site: { homeUrl?: string; https?: boolean }) {
  const response = await store.handler.handle(
    new Request(`${store.url}/__demo/site`, { method: 'POST', body: JSON.stringify(site) }),
  );
  if (!response.ok) throw new Error(`site override refused: ${await response.text()}`);
}

test('a proxy that drops the port: both addresses, what to do, and the store’s address one press away', async ({
  page,
  appUrl,
  httpStore,
  consoleErrors: _,
}) => {
  const storeOwn = 'http://127.0.0.1';
  await setStoreSite(httpStore, { homeUrl: storeOwn });
  const screen = new ConnectScreen(page);
  await screen.open(appUrl);
  await screen.fill({ storeUrl: httpStore.url, key: E2E_KEYS.key, secret: E2E_KEYS.secret });
  await screen.connect();

  const alert = screen.alert;
  await expect(alert).toContainText('signs requests against its own address');
  await expect(alert.getByRole('definition').first()).toHaveText(httpStore.url);
  await expect(alert.getByRole('definition').nth(1)).toHaveText(storeOwn);
  await expect(alert).toContainText('WordPress Address (URL)');
  await expect(alert).toContainText('Host header');
  await expect(alert).not.toContainText('check the consumer secret');
  await alert.getByRole('button', { name: 'Use the store’s address' }).click();
  await expect(screen.storeUrl).toHaveValue(storeOwn);

  // Once the store and the address agree, the same keys connect.
  await httpStore.handler.handle(new Request(`${httpStore.url}/__demo/site`, { method: 'DELETE' }));
  await screen.storeUrl.fill(httpStore.url);
  await screen.connect();
  await expect(page.getByRole('table', { name: 'Customers' })).toBeVisible();
});

test('Basic auth behind a proxy that ends TLS: the store sees http and ignores the key', async ({
  page,
  appUrl,
  httpsStore,
  consoleErrors: _,
}) => {
  const storeOwn = httpsStore.url.replace('https:', 'http:');
  await setStoreSite(httpsStore, { homeUrl: storeOwn, https: false });
  const screen = new ConnectScreen(page);
  await screen.open(appUrl);
  await screen.fill({ storeUrl: httpsStore.url, key: E2E_KEYS.key, secret: E2E_KEYS.secret });
  await screen.connect();
  await expect(screen.alert).toContainText('did not see your key');
  await expect(screen.alert.getByRole('definition').first()).toHaveText(httpsStore.url);
  await expect(screen.alert.getByRole('definition').nth(1)).toHaveText(storeOwn);
  await expect(screen.alert).toContainText('X-Forwarded-Proto');
});
