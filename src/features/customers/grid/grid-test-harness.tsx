import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { Route, Switch } from 'wouter';
import { createClient, type ApiVersion } from '../../../api/client';
import type { Customer } from '../../../api/schemas/customer';
import { makeCustomer } from '../../../api/testing/customer-fixtures';
import { createFakeFetch, jsonResponse, type RecordedCall } from '../../../api/testing/fake-fetch';
import { ApiClientContext } from '../../../session/api-client-context';
import { CustomersPage } from '../customers-page';
import { createMemoryLocation } from '../../../routes/hash-location';
import { AppRouter } from '../../../routes/navigation';

// The customers screen in a memory router, over a small fake store that pages, searches, sorts
// and trims with `_fields` the way WooCommerce does. Every request is recorded.

type Respond = (call: RecordedCall) => Response | Promise<Response>;

export interface GridHarnessOptions {
  count?: number;
  version?: ApiVersion;
  route?: string;
  /** What /data/currencies/current answers; null: the route does not exist. */
  currency?: string | null;
  /** What `/wp-json/` answers (the site's index); absent: 404. */
  index?: Record<string, unknown>;
  /** Wraps the store: answer differently, delay, fail. */
  intercept?: (call: RecordedCall, store: Respond) => Response | Promise<Response>;
}

const pad = (n: number) => String(n).padStart(3, '0');

export function seedCustomers(count: number): Customer[] {
  return Array.from({ length: count }, (_, i) =>
    makeCustomer(i + 1, {
      first_name: `Person${pad(i + 1)}`,
      last_name: 'Test',
      orders_count: 2,
      total_spent: '1234.5',
      last_order: { id: 500 + i, date: '2024-02-03T04:05:06' },
    }),
  );
}

function pick(customer: Customer, fields: string[] | undefined): Record<string, unknown> {
  if (!fields) return customer;
  const trimmed: Record<string, unknown> = {};
  for (const field of fields) {
    const [top, inner] = field.split('.') as [keyof Customer, string | undefined];
    if (!(top in customer)) continue;
    if (inner === undefined) trimmed[top] = customer[top];
    else {
      const parent = (trimmed[top] ?? {}) as Record<string, unknown>;
      parent[inner] = (customer[top] as Record<string, unknown>)[inner];
      trimmed[top] = parent;
    }
  }
  return trimmed;
}

function listFrom(customers: Customer[], url: URL): Response {
  const q = url.searchParams;
  const perPage = Number(q.get('per_page') ?? 10);
  const page = Number(q.get('page') ?? 1);
  const search = q.get('search')?.toLowerCase();
  const orderby = q.get('orderby') ?? 'name';
  const found = customers
    .filter((c) => !search || c.email.includes(search) || c.username.includes(search))
    .sort((a, b) => (orderby === 'id' ? a.id - b.id : a.first_name.localeCompare(b.first_name)));
  if (q.get('order') === 'desc') found.reverse();
  const fields = q.get('_fields')?.split(',');
  const headers = {
    'X-WP-Total': String(found.length),
    'X-WP-TotalPages': String(Math.ceil(found.length / perPage)),
  };
  const items = found.slice((page - 1) * perPage, page * perPage).map((c) => pick(c, fields));
  return jsonResponse(items, { headers });
}

export function renderCustomersPage(options: GridHarnessOptions = {}) {
  const { count = 60, version = 'v3', route = '/customers', intercept, currency = 'EUR' } = options;
  const { index } = options;
  const customers = seedCustomers(count);
  const store: Respond = (call) => {
    if (call.url.pathname.endsWith('/data/currencies/current') && currency) {
      return jsonResponse({ code: currency, name: currency, symbol: '' });
    }
    if (call.url.pathname === `/wp-json/wc/${version}/customers`)
      return listFrom(customers, call.url);
    if (call.url.pathname === '/wp-json/' && index) return jsonResponse(index);
    return jsonResponse({ code: 'rest_no_route', message: 'No route' }, { status: 404 });
  };
  const fake = createFakeFetch((call) => (intercept ? intercept(call, store) : store(call)));
  const client = createClient({
    storeUrl: 'https://shop.test',
    version,
    consumerKey: 'ck',
    consumerSecret: 'cs',
    authMode: 'basic',
    fetch: fake.fetch,
  });
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: 30_000 } },
  });
  const router = createMemoryLocation(route);
  render(
    <QueryClientProvider client={queryClient}>
      <ApiClientContext.Provider value={client}>
        <AppRouter source={router}>
          <Switch>
            <Route path="/customers">
              <CustomersPage />
            </Route>
            <Route path="/customers/:id">
              <p>Customer detail</p>
            </Route>
          </Switch>
        </AppRouter>
      </ApiClientContext.Provider>
    </QueryClientProvider>,
  );
  const listCalls = () =>
    fake.calls.filter((c) => c.url.pathname === `/wp-json/wc/${version}/customers`);
  return { router, customers, calls: fake.calls, listCalls, queryClient };
}
