import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { Route, Switch } from 'wouter';
import { createClient, type ApiVersion } from '../../api/client';
import type { Download } from '../../api/schemas/download';
import { createFakeFetch, jsonResponse, type RecordedCall } from '../../api/testing/fake-fetch';
import { ApiClientContext } from '../../session/api-client-context';
import { CustomerDetailPage } from './customer-detail-page';
import { createMemoryLocation } from '../../routes/hash-location';
import { AppRouter } from '../../routes/navigation';

// The detail route in a memory router over a fake store answering the customer, their downloads,
// the currency and the countries list. Every request is recorded.

type Respond = (call: RecordedCall) => Response | Promise<Response>;

export interface DetailHarnessOptions {
  version?: ApiVersion;
  /** The customer object exactly as the store sends it (any version's shape); null: 404. */
  customer: Record<string, unknown> | null;
  downloads?: Download[] | Record<string, unknown>[];
  /** The customer's orders, newest first, as `GET /orders` sends them (paged by the harness). */
  orders?: Record<string, unknown>[];
  /** Rows of the wc-analytics customer index; undefined: the store has no wc-analytics. */
  analytics?: Record<string, unknown>[];
  /** WordPress's own address (the index's `url`); default the store URL. */
  siteUrl?: string;
  route?: string;
  /** Answer differently, delay, fail. */
  intercept?: (call: RecordedCall, store: Respond) => Response | Promise<Response>;
  /** Prepare the cache (a grid page, say) before rendering. */
  seed?(queryClient: QueryClient, client: ReturnType<typeof createClient>): void;
}

const notFound = (code: string) =>
  jsonResponse({ code, message: 'Invalid ID.', data: { status: 404 } }, { status: 404 });

export function renderDetail(options: DetailHarnessOptions) {
  const { version = 'v3', customer, downloads = [], orders = [], intercept } = options;
  const id = Number(customer?.id ?? 404);
  const store: Respond = (call) => {
    const path = call.url.pathname;
    if (path.endsWith('/data/currencies/current')) return jsonResponse({ code: 'EUR' });
    if (path === '/wp-json/') {
      const namespaces = ['wc/v1', 'wc/v2', 'wc/v3'];
      if (options.analytics) namespaces.push('wc-analytics');
      const url = options.siteUrl ?? 'https://shop.test';
      return jsonResponse({ name: 'Shop', url, home: 'https://shop.test', namespaces });
    }
    if (path === '/wp-json/wc-analytics/reports/customers' && options.analytics) {
      const users = call.url.searchParams.get('users');
      return jsonResponse(options.analytics.filter((row) => String(row.user_id) === users));
    }
    if (path === `/wp-json/wc/${version}/orders`) {
      const page = Number(call.url.searchParams.get('page') ?? 1);
      const perPage = Number(call.url.searchParams.get('per_page') ?? 10);
      const headers = {
        'X-WP-Total': String(orders.length),
        'X-WP-TotalPages': String(Math.ceil(orders.length / perPage)),
      };
      return jsonResponse(orders.slice((page - 1) * perPage, page * perPage), { headers });
    }
    if (path.endsWith('/data/countries')) {
      return jsonResponse([
        { code: 'US', name: 'United States', states: [{ code: 'TX', name: 'Texas' }] },
      ]);
    }
    if (!customer) {
      return notFound(
        path.endsWith('/downloads')
          ? 'woocommerce_rest_customer_invalid'
          : 'woocommerce_rest_invalid_id',
      );
    }
    if (path === `/wp-json/wc/${version}/customers/${id}/downloads`) return jsonResponse(downloads);
    if (path === `/wp-json/wc/${version}/customers/${id}`) return jsonResponse(customer);
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
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  options.seed?.(queryClient, client);
  const router = createMemoryLocation(options.route ?? `/customers/${id}`);
  render(
    <QueryClientProvider client={queryClient}>
      <ApiClientContext.Provider value={client}>
        <AppRouter source={router}>
          <Switch>
            <Route path="/customers">
              <p>Customers grid</p>
            </Route>
            <Route path="/customers/:id" component={CustomerDetailPage} />
            <Route path="/customers/:id/edit">
              <p>Edit form</p>
            </Route>
          </Switch>
        </AppRouter>
      </ApiClientContext.Provider>
    </QueryClientProvider>,
  );
  return { router, calls: fake.calls, queryClient, client };
}
