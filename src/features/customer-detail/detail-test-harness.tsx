import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createClient, type ApiVersion } from '../../api/client';
import type { Download } from '../../api/schemas/download';
import { createFakeFetch, jsonResponse, type RecordedCall } from '../../api/testing/fake-fetch';
import { i18n } from '../../i18n/i18n';
import { ApiClientContext } from '../../session/api-client-context';
import { CustomerDetailPage } from './customer-detail-page';

// The detail route in a memory router over a fake store answering the customer, their downloads,
// the currency and the countries list. Every request is recorded.

type Respond = (call: RecordedCall) => Response | Promise<Response>;

export interface DetailHarnessOptions {
  version?: ApiVersion;
  /** The customer object exactly as the store sends it (any version's shape); null: 404. */
  customer: Record<string, unknown> | null;
  downloads?: Download[] | Record<string, unknown>[];
  route?: string;
  /** Answer differently, delay, fail. */
  intercept?: (call: RecordedCall, store: Respond) => Response | Promise<Response>;
  /** Prepare the cache (a grid page, say) before rendering. */
  seed?(queryClient: QueryClient, client: ReturnType<typeof createClient>): void;
}

const notFound = (code: string) =>
  jsonResponse({ code, message: 'Invalid ID.', data: { status: 404 } }, { status: 404 });

export function renderDetail(options: DetailHarnessOptions) {
  const { version = 'v3', customer, downloads = [], intercept } = options;
  const id = Number(customer?.id ?? 404);
  const store: Respond = (call) => {
    const path = call.url.pathname;
    if (path.endsWith('/data/currencies/current')) return jsonResponse({ code: 'EUR' });
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
  const router = createMemoryRouter(
    [
      { path: '/customers', element: <p>Customers grid</p> },
      { path: '/customers/:id', element: <CustomerDetailPage /> },
      { path: '/customers/:id/edit', element: <p>Edit form</p> },
    ],
    { initialEntries: [options.route ?? `/customers/${id}`] },
  );
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <ApiClientContext.Provider value={client}>
          <RouterProvider router={router} />
        </ApiClientContext.Provider>
      </QueryClientProvider>
    </I18nextProvider>,
  );
  return { router, calls: fake.calls, queryClient, client };
}
