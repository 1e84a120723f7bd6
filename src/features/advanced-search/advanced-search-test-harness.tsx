import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { Route, Switch } from 'wouter';
import { createStoreHandler } from '../../../demo-store/handler';
import { createClient } from '../../api/client';
import { ApiClientContext } from '../../session/api-client-context';
import { AdvancedSearchPage } from './components/advanced-search-page';
import { useSelectedRegisteredCustomers } from './selection/registered-selection';
import { createMemoryLocation } from '../../routes/hash-location';
import { AppRouter } from '../../routes/navigation';

// The advanced search screen in a memory router, over the demo store's own handler (no network),
// so the index answers exactly as the demo store — and a real WooCommerce — would.

export const HARNESS_KEYS = { key: 'ck_harness', secret: 'cs_harness' };

/** Shows what the batch editor would read, so tests can check the selection hook. */
function SelectionProbe() {
  const { userIds } = useSelectedRegisteredCustomers();
  return <output aria-label="picked user ids">{userIds.join(',')}</output>;
}

export function renderAdvancedSearch(options: { route?: string; namespaces?: string[] } = {}) {
  const { route = '/customers/search', namespaces } = options;
  const store = createStoreHandler({ ...HARNESS_KEYS, customers: 60, seed: 7, namespaces });
  const requests: URL[] = [];
  const fetchFromStore: typeof fetch = async (input, init) => {
    // jsdom's AbortSignal is not the one Node's Request accepts; the store never needs it.
    const rest: RequestInit = { ...init };
    delete rest.signal;
    const request = new Request(input instanceof URL ? input.href : String(input), rest);
    requests.push(new URL(request.url));
    return store.handle(request);
  };
  const client = createClient({
    storeUrl: 'https://shop.test',
    version: 'v3',
    consumerKey: HARNESS_KEYS.key,
    consumerSecret: HARNESS_KEYS.secret,
    authMode: 'basic',
    fetch: fetchFromStore,
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryLocation(route);
  render(
    <QueryClientProvider client={queryClient}>
      <ApiClientContext.Provider value={client}>
        <AppRouter source={router}>
          <Switch>
            <Route path="/customers/search">
              <AdvancedSearchPage>
                <SelectionProbe />
              </AdvancedSearchPage>
            </Route>
            <Route path="/customers">
              <p>All customers grid</p>
            </Route>
            <Route path="/customers/:id">
              <p>Customer detail</p>
            </Route>
          </Switch>
        </AppRouter>
      </ApiClientContext.Provider>
    </QueryClientProvider>,
  );
  const reportCalls = () =>
    requests.filter((url) => url.pathname === '/wp-json/wc-analytics/reports/customers');
  return { router, store, reportCalls };
}
