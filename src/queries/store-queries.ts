import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../api/client';
import { discoverStore, getCountries } from '../api/endpoints/store';

/** Every key starts with the store's identity, so two stores (or versions) never share cache. */
export function storeKey(client: ApiClient) {
  return ['store', client.config.storeUrl, client.config.version] as const;
}

export const storeQueries = {
  countries: (client: ApiClient) =>
    queryOptions({
      queryKey: [...storeKey(client), 'countries'] as const,
      queryFn: ({ signal }) => getCountries(client, { signal }),
      // Countries and states change with a WooCommerce release, not during a session.
      staleTime: Infinity,
    }),
  /** The store's `/wp-json/` index: its name, namespaces, versions and WooCommerce Admin analytics. */
  index: (client: ApiClient) =>
    queryOptions({
      queryKey: [...storeKey(client), 'index'] as const,
      queryFn: ({ signal }) =>
        discoverStore(client.config.storeUrl, { signal, fetch: client.config.fetch }),
      // Plugins are not switched on and off during a session; a reload asks again.
      staleTime: Infinity,
    }),
};
