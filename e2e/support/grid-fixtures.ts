import { startStore, type RunningStore } from '../../demo-store/server';
import { CHROMIUM_ARGS, chromiumExecutablePath } from './chromium';
import { CustomersGridScreen } from './customers-grid';
import { listRequests } from './grid-store';
import { E2E_KEYS, expect, test as base } from './fixtures';

// A store big enough that paging, sorting and filtering must happen on the server: 1,200 seeded
// customers (plus a few staff users) over plain HTTP, so every request is OAuth-signed.

interface GridWorkerFixtures {
  bigStore: RunningStore;
}

interface GridTestFixtures {
  /** The grid of `bigStore`, opened in an already-connected session (remembered on the device). */
  grid: CustomersGridScreen;
}

/**
 * Avatars point at Gravatar, which tests must never reach. Names that are not this machine do not
 * resolve, so those images fail at once, without request interception (which would also change
 * how the browser handles CORS for the store). Use with `test.use(LOCAL_ONLY)` in a spec file.
 */
export const LOCAL_ONLY = {
  launchOptions: {
    executablePath: chromiumExecutablePath(),
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  },
};

/** What the connect screen keeps after a successful test with "remember on this device". */
function rememberedConnection(store: RunningStore): string {
  return JSON.stringify({
    storeUrl: store.url,
    storeName: 'Customer Desk Demo Store',
    version: 'v3',
    authMode: 'auto',
    consumerKey: E2E_KEYS.key,
    consumerSecret: E2E_KEYS.secret,
    remember: true,
    access: 'read_write',
  });
}

export const test = base.extend<GridTestFixtures, GridWorkerFixtures>({
  bigStore: [
    // Playwright reads the fixtures a function needs from its first parameter's pattern: none here.

    async ({}, provide) => {
      const store = await startStore({ port: 0, customers: 1200, seed: 11, ...E2E_KEYS });
      await provide(store);
      await store.close();
    },
    { scope: 'worker' },
  ],
  // After consoleErrors, so errors while the grid first opens fail the test too. The connect
  // screen itself is covered by connect.spec.ts; here the session starts connected, as after a
  // "remember on this device" connection, and every new page of the context is connected too.
  grid: async ({ page, appUrl, bigStore, consoleErrors: _ }, provide) => {
    bigStore.handler.reset();
    await page.context().addInitScript(
      ([key, value]) => {
        if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
      },
      ['customer-desk.connection', rememberedConnection(bigStore)] as const,
    );
    const grid = new CustomersGridScreen(page, appUrl);
    await grid.open();
    await expect(grid.dataRows).toHaveCount(25);
    // Settled once the next page has been fetched ahead (that waits for the rows' first frame):
    // what a test then sees in the store's request log is its own doing.
    await expect
      .poll(async () => (await listRequests(bigStore)).some((query) => query.get('page') === '2'))
      .toBe(true);
    await provide(grid);
  },
});

export { expect };
