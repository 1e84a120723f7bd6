import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { createClient } from '../api/client';
import { createFakeFetch, jsonResponse } from '../api/testing/fake-fetch';
import { ApiClientContext } from '../session/api-client-context';
import { storeQueries } from './store-queries';
import { useCountries } from './use-countries';

describe('useCountries', () => {
  it('loads the countries once and keeps them fresh for the session', async () => {
    const countries = [{ code: 'PT', name: 'Portugal', states: [] }];
    const fake = createFakeFetch(() => jsonResponse(countries));
    const client = createClient({
      storeUrl: 'https://shop.test',
      version: 'v2',
      consumerKey: 'ck',
      consumerSecret: 'cs_secret',
      authMode: 'basic',
      fetch: fake.fetch,
    });
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>
        <ApiClientContext.Provider value={client}>{children}</ApiClientContext.Provider>
      </QueryClientProvider>
    );
    const first = renderHook(() => useCountries(), { wrapper });
    await waitFor(() => expect(first.result.current.data).toEqual(countries));
    const second = renderHook(() => useCountries(), { wrapper });
    expect(second.result.current.data).toEqual(countries);
    expect(fake.calls).toHaveLength(1);
    expect(fake.calls[0]?.url.pathname).toBe('/wp-json/wc/v3/data/countries');
    expect(storeQueries.countries(client).queryKey).toEqual([
      'store',
      'https://shop.test',
      'v2',
      'countries',
    ]);
  });
});
