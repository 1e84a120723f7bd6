import type { Locator, Page } from '@playwright/test';
import type { RunningStore } from '../../demo-store/server';
import { connectPage } from './connected-page';
import { E2E_KEYS } from './fixtures';

// The customer detail screen by role and label, and the store's own answers for any API version
// (read over HTTPS with Basic auth, independent of the app's code).

export type Version = 'v1' | 'v2' | 'v3';

export interface StoreCustomer {
  id: number;
  email: string;
  first_name: string;
  last_name: string;
  username: string;
  role?: string;
  orders_count?: number;
  total_spent?: string;
  is_paying_customer?: boolean;
  last_order?: { id: number | null; date: string | null };
  billing: Record<string, string>;
  shipping: Record<string, string>;
  meta_data?: { id: number; key: string; value: unknown }[];
}

export interface StoreDownload {
  download_url: string;
  product_id: number;
  product_name?: string;
  download_name: string;
  order_id: number;
  order_key: string;
  downloads_remaining: string;
  access_expires: string;
}

/** GET `/wp-json/wc/<version>/<path>` from an HTTPS demo store, as the store answers it. */
export async function readVersion<T>(
  store: RunningStore,
  version: Version,
  path: string,
): Promise<T> {
  if (!store.https) throw new Error('readVersion needs the HTTPS store (Basic auth)');
  const basic = Buffer.from(`${E2E_KEYS.key}:${E2E_KEYS.secret}`).toString('base64');
  const request = new Request(`${store.url}/wp-json/wc/${version}/${path}`, {
    headers: { Authorization: `Basic ${basic}` },
  });
  const response = await store.handler.handle(request);
  if (!response.ok) throw new Error(`store answered ${response.status} for ${path}`);
  return (await response.json()) as T;
}

/** The first customers (by id) the predicate accepts, given each one's downloads. */
export async function findCustomers(
  store: RunningStore,
  version: Version,
  accept: (customer: StoreCustomer, downloads: StoreDownload[]) => boolean,
): Promise<{ customer: StoreCustomer; downloads: StoreDownload[] }> {
  const customers = await readVersion<StoreCustomer[]>(
    store,
    version,
    'customers?per_page=100&orderby=id&order=asc',
  );
  for (const customer of customers) {
    const downloads = await readVersion<StoreDownload[]>(
      store,
      version,
      `customers/${customer.id}/downloads`,
    );
    if (accept(customer, downloads)) return { customer, downloads };
  }
  throw new Error(`no seeded ${version} customer fits this test`);
}

/** Start the page connected to `store` (see connected-page.ts), in a language of the UI. */
export async function connectApp(
  page: Page,
  store: RunningStore,
  version: Version,
  locale = 'en',
  options: { readOnly?: boolean } = {},
): Promise<void> {
  await connectPage(page, store, version, options);
  await page
    .context()
    .addInitScript(([key, value]) => localStorage.setItem(key, value), [
      'customer-desk.locale',
      JSON.stringify(locale),
    ] as const);
}

export interface StoreOrder {
  id: number;
  number: string;
  status: string;
  currency: string;
  total: string;
  payment_method_title: string;
  line_items: { quantity: number }[];
}

/** A customer's orders as the store answers `GET /orders?customer=<id>` (newest first), with the total. */
export async function readOrders(
  store: RunningStore,
  version: Version,
  customerId: number,
  perPage = 100,
): Promise<StoreOrder[]> {
  return readVersion<StoreOrder[]>(
    store,
    version,
    `orders?customer=${customerId}&per_page=${perPage}&orderby=date&order=desc`,
  );
}

export class CustomerDetailScreen {
  constructor(
    readonly page: Page,
    private readonly appUrl: string,
  ) {}

  async open(id: number | string): Promise<void> {
    await this.page.goto(`${this.appUrl}#/customers/${id}`);
  }
  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }
  get back(): Locator {
    return this.page.getByRole('link', { name: 'Back to customers' });
  }
  section(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }
  /** A value in a section, found by its label (each `dt`/`dd` pair is a group named by the `dt`). */
  field(section: string, label: string): Locator {
    return this.section(section).getByRole('group', { name: label }).getByRole('definition');
  }
  get downloads(): Locator {
    return this.section('Downloads');
  }
  get orders(): Locator {
    return this.section('Order history');
  }
  /** Order rows of the wide table (not its header row). */
  get orderRows(): Locator {
    return this.orders
      .getByRole('table', { name: 'Order history' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell') });
  }
  get downloadRows(): Locator {
    return this.downloads
      .getByRole('table', { name: 'Downloads' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell') });
  }
}

/** A GMT date (`YYYY-MM-DDTHH:MM:SS`) as the app shows it in English, in the browser's own zone. */
export async function shownDateTime(page: Page, gmt: string): Promise<string> {
  return page.evaluate(
    (value) =>
      new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(`${value}Z`),
      ),
    gmt,
  );
}
