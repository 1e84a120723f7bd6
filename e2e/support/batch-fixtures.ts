import type { Page } from '@playwright/test';
import type { RunningStore } from '../../demo-store/server';
import { E2E_KEYS, expect, test as base } from './fixtures';
import { BatchScreen } from './batch-screen';

// The batch editor against the worker's plain-HTTP demo store (120 customers, every request
// OAuth-signed), in a session that starts connected as after "remember on this device".

export function rememberConnection(page: Page, store: RunningStore): Promise<void> {
  const saved = JSON.stringify({
    storeUrl: store.url,
    storeName: 'Customer Desk Demo Store',
    version: 'v3',
    authMode: 'auto',
    consumerKey: E2E_KEYS.key,
    consumerSecret: E2E_KEYS.secret,
    remember: true,
    access: 'read_write',
  });
  return page.context().addInitScript(
    ([key, value]) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
    },
    ['customer-desk.connection', saved] as const,
  );
}

interface BatchFixtures {
  batch: BatchScreen;
}

export const test = base.extend<BatchFixtures>({
  batch: async ({ page, appUrl, httpStore, consoleErrors: _ }, provide) => {
    await rememberConnection(page, httpStore);
    await provide(new BatchScreen(page, appUrl));
  },
});

export { expect };
