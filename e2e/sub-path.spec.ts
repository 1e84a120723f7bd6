import { distDir } from './support/dist-dir';
import { test, expect, E2E_KEYS } from './support/fixtures';
import { ConnectScreen } from './support/connect-screen';
import { startStaticServer } from './support/static-server';

// The same dist/ served from a sub-path of a plain static host (no rewrites) works unchanged:
// relative asset URLs and hash routes.
test('the built app works from a sub-path with no server rewrites', async ({
  page,
  httpStore,
  consoleErrors: _,
}) => {
  const host = await startStaticServer(distDir(), '/tools/customers/');
  try {
    const screen = new ConnectScreen(page);
    await screen.open(host.url);
    await screen.fill({ storeUrl: httpStore.url, key: E2E_KEYS.key, secret: E2E_KEYS.secret });
    await screen.connect();
    await expect(page.getByRole('table', { name: 'Customers' }).getByRole('row')).toHaveCount(26);
    expect(new URL(page.url()).pathname).toBe('/tools/customers/');
    await page.reload();
    await expect(page.getByRole('table', { name: 'Customers' }).getByRole('row')).toHaveCount(26);
  } finally {
    await host.close();
  }
});
