import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import type { ApiClient } from '../api/client';
import { storeKey } from './store-queries';
import { useApiClient } from '../session/api-client-context';

// The customers API gives amounts without their currency. WooCommerce (3.5+) names the store's
// currency at /wc/v3/data/currencies/current, whatever version the app speaks otherwise. A store
// without that route (or a key that may not read it) leaves the currency unknown: amounts are then
// shown as plain numbers, never in a guessed currency.

const CurrentCurrencySchema = z.looseObject({ code: z.string().check(z.regex(/^[A-Z]{3}$/)) });

export async function getStoreCurrency(
  client: ApiClient,
  { signal }: { signal?: AbortSignal } = {},
): Promise<string> {
  const path = '/wc/v3/data/currencies/current';
  return (await client.request({ path, signal, schema: CurrentCurrencySchema })).data.code;
}

export const storeCurrencyQuery = (client: ApiClient) =>
  queryOptions({
    queryKey: [...storeKey(client), 'currency'] as const,
    queryFn: ({ signal }) => getStoreCurrency(client, { signal }),
    // A shop changes currency about never; one answer per session is plenty.
    staleTime: Infinity,
  });

/** The store's ISO 4217 code, or undefined while unknown; asked only when `enabled`. */
export function useStoreCurrency(enabled: boolean) {
  const client = useApiClient();
  const query = useQuery({ ...storeCurrencyQuery(client), enabled });
  return { currency: query.data, settled: !enabled || query.isSuccess || query.isError };
}
