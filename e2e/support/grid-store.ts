import { createHmac } from 'node:crypto';
import OAuth from 'oauth-1.0a';
import type { RunningStore } from '../../demo-store/server';
import type { ListedCustomer } from './customers-grid';
import { E2E_KEYS } from './fixtures';

// Expected rows straight from the store (signed by the reference OAuth library, not the app), with
// the totals the grid must show. Like store-client.ts, but keeping X-WP-Total.

const oauth = new OAuth({
  consumer: { key: E2E_KEYS.key, secret: E2E_KEYS.secret },
  signature_method: 'HMAC-SHA256',
  hash_function: (base, key) => createHmac('sha256', key).update(base).digest('base64'),
});

export interface StorePage {
  items: ListedCustomer[];
  total: number;
  totalPages: number;
}

export async function readStorePage(
  store: RunningStore,
  query: string,
  version: 'v1' | 'v2' | 'v3' = 'v3',
): Promise<StorePage> {
  const url = `${store.url}/wp-json/wc/${version}/customers?${query}`;
  const signed = oauth.authorize({ url, method: 'GET' });
  const auth = new URLSearchParams(Object.entries(signed).map(([k, v]) => [k, String(v)]));
  const response = await store.handler.handle(new Request(`${url}&${auth}`));
  if (!response.ok) throw new Error(`store answered ${response.status} for ${query}`);
  return {
    items: (await response.json()) as ListedCustomer[],
    total: Number(response.headers.get('X-WP-Total')),
    totalPages: Number(response.headers.get('X-WP-TotalPages')),
  };
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: string;
  origin: string | null;
}

/**
 * Customer list requests the app made since the log was last cleared. The browser sends an
 * Origin (the app is on another port); the tests' own reads through the handler do not.
 */
export async function listRequests(store: RunningStore): Promise<URLSearchParams[]> {
  const response = await store.handler.handle(new Request(`${store.url}/__demo/requests`));
  const log = (await response.json()) as LoggedRequest[];
  return log
    .filter((entry) => entry.origin !== null)
    .filter((entry) => entry.method === 'GET' && entry.path === '/wp-json/wc/v3/customers')
    .map((entry) => new URLSearchParams(entry.query));
}

export async function clearRequestLog(store: RunningStore): Promise<void> {
  await store.handler.handle(new Request(`${store.url}/__demo/requests`, { method: 'DELETE' }));
}

/** The item at `index`, failing the test clearly when the store had fewer. */
export function nth<T>(items: readonly T[], index = 0): T {
  const item = items[index];
  if (item === undefined) throw new Error(`expected at least ${index + 1} item(s)`);
  return item;
}
