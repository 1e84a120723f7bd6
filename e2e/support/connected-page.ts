import type { Page } from '@playwright/test';
import type { RunningStore } from '../../demo-store/server';
import { E2E_KEYS } from './fixtures';

/**
 * Starts the page's context connected to `store` (what the connect screen saves after a
 * successful test with "remember"), so a spec about another screen does not repeat the connect
 * flow that connect.spec.ts covers.
 */
export async function connectPage(
  page: Page,
  store: RunningStore,
  version: 'v1' | 'v2' | 'v3' = 'v3',
  { readOnly = false }: { readOnly?: boolean } = {},
): Promise<void> {
  const connection = JSON.stringify({
    storeUrl: store.url,
    storeName: 'Customer Desk Demo Store',
    version,
    authMode: 'auto',
    consumerKey: readOnly ? E2E_KEYS.readKey : E2E_KEYS.key,
    consumerSecret: readOnly ? E2E_KEYS.readSecret : E2E_KEYS.secret,
    remember: true,
    access: readOnly ? 'read_only' : 'read_write',
  });
  await page.context().addInitScript(
    ([key, value]) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
    },
    ['customer-desk.connection', connection] as const,
  );
}
