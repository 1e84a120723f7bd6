import { randomBytes } from 'node:crypto';
import { test as base, expect, type Page } from '@playwright/test';
import {
  realStoreTarget,
  sendToStore,
  storeCall,
  type StoreTarget,
} from '../../../differential/store-target';

// Fixtures for the e2e run against the real WooCommerce of ../shared/real-store. The store starts
// empty and is shared by every test, so each test makes its own customers, products and orders
// through the REST API (tagged with a unique word in their emails, which its searches use) and
// removes them afterwards, whatever the outcome.

export interface RealCustomer {
  id: number;
  email: string;
  first_name: string;
  last_name: string;
  username: string;
  billing: Record<string, string>;
  shipping: Record<string, string>;
  meta_data: { id: number; key: string; value: unknown }[];
}

export interface StoreData {
  /** Unique per test: in every email this test makes, so a search for it finds only them. */
  tag: string;
  customer(fields?: Record<string, unknown>): Promise<RealCustomer>;
  /** Many at once through the batch route (≤100 per request, as the store requires). */
  customers(
    count: number,
    fields?: (i: number) => Record<string, unknown>,
  ): Promise<RealCustomer[]>;
  product(fields: Record<string, unknown>): Promise<{ id: number; name: string }>;
  order(fields: Record<string, unknown>): Promise<{ id: number; order_key: string }>;
  /** Ids the app created during the test (found by tag), removed with the rest. */
  forget(id: number): void;
}

interface WorkerFixtures {
  store: StoreTarget;
}

interface TestFixtures {
  appUrl: string;
  consoleErrors: string[];
  data: StoreData;
}

function suffix(): string {
  return `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

async function removeAll(store: StoreTarget, path: string, ids: number[]): Promise<void> {
  for (let i = 0; i < ids.length; i += 100) {
    const chunk = ids.slice(i, i + 100);
    if (path === 'customers') await storeCall(store, 'POST', 'customers/batch', { delete: chunk });
    else
      for (const id of chunk)
        await sendToStore(store, {
          method: 'DELETE',
          path: `/wc/v3/${path}/${id}`,
          query: { force: 'true' },
          auth: 'oauth-header',
        });
  }
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  store: [
    async ({}, use) => {
      await use(realStoreTarget());
    },
    { scope: 'worker' },
  ],
  appUrl: async ({}, use) => {
    const url = process.env.E2E_APP_URL;
    if (!url) throw new Error('E2E_APP_URL is not set: run through playwright.real.config.ts');
    await use(url);
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        errors.push(message.text());
      }
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
    expect(errors, 'console errors during the test').toEqual([]);
  },
  data: async ({ store }, use) => {
    const tag = `rt${suffix()}`;
    const made = { customers: [] as number[], products: [] as number[], orders: [] as number[] };
    let n = 0;
    const email = () => `${tag}-${(n += 1)}@real.test`;
    const data: StoreData = {
      tag,
      async customer(fields = {}) {
        const customer = await storeCall<RealCustomer>(store, 'POST', 'customers', {
          email: email(),
          ...fields,
        });
        made.customers.push(customer.id);
        return customer;
      },
      async customers(count, fields = () => ({})) {
        const out: RealCustomer[] = [];
        for (let start = 0; start < count; start += 100) {
          const create = Array.from({ length: Math.min(100, count - start) }, (_, i) => ({
            email: email(),
            ...fields(start + i),
          }));
          const answer = await storeCall<{ create: (RealCustomer & { error?: unknown })[] }>(
            store,
            'POST',
            'customers/batch',
            { create },
          );
          for (const item of answer.create) {
            if (item.error || !item.id)
              throw new Error(`batch create failed: ${JSON.stringify(item.error)}`);
            made.customers.push(item.id);
            out.push(item);
          }
        }
        return out;
      },
      async product(fields) {
        const product = await storeCall<{ id: number; name: string }>(
          store,
          'POST',
          'products',
          fields,
        );
        made.products.push(product.id);
        return product;
      },
      async order(fields) {
        const order = await storeCall<{ id: number; order_key: string }>(
          store,
          'POST',
          'orders',
          fields,
        );
        made.orders.push(order.id);
        return order;
      },
      forget(id) {
        made.customers.push(id);
      },
    };
    await use(data);
    // Whatever the app made with this tag too (creates from forms and imports).
    for (let page = 1; page < 10; page++) {
      const found = await storeCall<{ id: number }[]>(store, 'GET', 'customers', undefined, {
        search: tag,
        role: 'all',
        per_page: 100,
        page,
      });
      made.customers.push(...found.map((c) => c.id));
      if (found.length < 100) break;
    }
    await removeAll(store, 'orders', made.orders);
    await removeAll(store, 'products', made.products);
    // A customer the test deleted answers with an error item; the rest are gone.
    await removeAll(store, 'customers', [...new Set(made.customers)]);
  },
});

export { expect };

export type Scheme = 'http' | 'https';

/**
 * Starts the page connected to the real store as the connect screen leaves it after a successful
 * "remember on this device" (connect.spec.ts covers the screen itself): https with Basic, or http
 * with OAuth 1.0a, as "Automatic" picks by the address.
 */
export async function connectReal(
  page: Page,
  store: StoreTarget,
  options: { scheme?: Scheme; version?: 'v1' | 'v2' | 'v3'; readOnly?: boolean } = {},
): Promise<void> {
  const { keys } = store;
  const connection = JSON.stringify({
    storeUrl: options.scheme === 'http' ? store.httpUrl : store.httpsUrl,
    storeName: 'Real Store',
    version: options.version ?? 'v3',
    authMode: 'auto',
    consumerKey: options.readOnly ? keys.readKey : keys.key,
    consumerSecret: options.readOnly ? keys.readSecret : keys.secret,
    remember: true,
    access: options.readOnly ? 'read' : 'read_write',
  });
  await page.context().addInitScript(
    ([key, value]) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
    },
    ['customer-desk.connection', connection] as const,
  );
}

/** A wc/v3 list as the store answers it, with its totals (OAuth, independent of the app). */
export async function storeList<T>(
  store: StoreTarget,
  query: Record<string, string | number>,
  path = '/wc/v3/customers',
): Promise<{ items: T[]; total: number }> {
  const answer = await sendToStore(store, { path, query, auth: 'oauth-header' });
  if (answer.status !== 200)
    throw new Error(`store answered ${answer.status}: ${answer.text.slice(0, 200)}`);
  return { items: answer.json as T[], total: Number(answer.headers.get('X-WP-Total')) };
}
