import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../api/client';
import { createFakeFetch, jsonResponse } from '../../api/testing/fake-fetch';
import { ApiClientContext } from '../../session/api-client-context';
import { useCountryOptions } from './country-options';

function renderWith(answer: () => Response) {
  const fake = createFakeFetch(answer);
  const client = createClient({
    storeUrl: 'https://shop.test',
    version: 'v3',
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
  return renderHook(() => useCountryOptions(), { wrapper });
}

describe('useCountryOptions', () => {
  it('uses the store’s own list, whose state codes are what WooCommerce stores', async () => {
    const store = [{ code: 'CN', name: 'China', states: [{ code: 'CN2', name: 'Beijing' }] }];
    const { result } = renderWith(() => jsonResponse(store));
    await waitFor(() => expect(result.current.source).toBe('store'));
    expect(result.current.countries).toEqual(store);
    expect(result.current.nameOf('CN')).toBe('China');
  });

  it('falls back to every ISO country, states left to free text, when the store has no countries endpoint', async () => {
    const { result } = renderWith(() =>
      jsonResponse(
        { code: 'rest_no_route', message: 'No route.', data: { status: 404 } },
        { status: 404 },
      ),
    );
    await waitFor(() => expect(result.current.source).toBe('bundled'), { timeout: 5000 });
    const us = result.current.countries.find((c) => c.code === 'US');
    expect(us).toEqual({ code: 'US', name: 'United States', states: [] });
    expect(result.current.nameOf('CN')).toBe('China');
    expect(result.current.countries).toHaveLength(249);
  });
});
