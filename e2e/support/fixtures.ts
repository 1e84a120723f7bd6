import { test as base, expect } from '@playwright/test';
import { startStore, type RunningStore } from '../../demo-store/server';

/** Keys the e2e stores accept; distinct from the `npm start` defaults on purpose. */
export const E2E_KEYS = {
  key: 'ck_e2e_11111111111111111111111111111111',
  secret: 'cs_e2e_22222222222222222222222222222222',
  readKey: 'ck_e2e_read_3333333333333333333333333333',
  readSecret: 'cs_e2e_read_4444444444444444444444444444',
};

interface WorkerFixtures {
  httpStore: RunningStore;
  httpsStore: RunningStore;
}

interface TestFixtures {
  appUrl: string;
  /** Console errors other than the browser's own network log lines; any left fails the test. */
  consoleErrors: string[];
}

async function startE2eStore(https: boolean): Promise<RunningStore> {
  return startStore({ port: 0, https, customers: 120, seed: 7, ...E2E_KEYS });
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  httpStore: [
    async ({}, use) => {
      const store = await startE2eStore(false);
      await use(store);
      await store.close();
    },
    { scope: 'worker' },
  ],
  httpsStore: [
    async ({}, use) => {
      const store = await startE2eStore(true);
      await use(store);
      await store.close();
    },
    { scope: 'worker' },
  ],
  appUrl: async ({}, use) => {
    const url = process.env.E2E_APP_URL;
    if (!url) throw new Error('E2E_APP_URL is not set: run through playwright.config.ts');
    await use(url);
  },
  consoleErrors: async ({ page, httpStore, httpsStore }, use) => {
    // Each test starts from the seeded data with no faults and no remembered nonces.
    httpStore.handler.reset();
    httpsStore.handler.reset();
    const errors: string[] = [];
    page.on('console', (message) => {
      // A refused request (401, 404…) is logged by Chromium itself; the app's handling is what we test.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        errors.push(message.text());
      }
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
    expect(errors, 'console errors during the test').toEqual([]);
  },
});

export { expect };
