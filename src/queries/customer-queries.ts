import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../api/client';
import {
  getCustomer,
  listCustomerDownloads,
  listCustomers,
  type ListCustomersParams,
} from '../api/endpoints/customers';
import { storeKey } from './store-queries';

// The one place customer query keys are made:
// ['store', storeUrl, version, 'customers', 'list', params]
// ['store', storeUrl, version, 'customers', 'detail', id]
// ['store', storeUrl, version, 'customers', 'detail', id, 'downloads']
// ['store', storeUrl, version, 'customers', 'detail', id, 'orders']     (pages of their orders)
// ['store', storeUrl, version, 'customers', 'detail', id, 'analytics']  (their wc-analytics row)
// so removing a detail also drops what hangs off it, and `lists` matches every cached page.

export const customerKeys = {
  all: (client: ApiClient) => [...storeKey(client), 'customers'] as const,
  lists: (client: ApiClient) => [...customerKeys.all(client), 'list'] as const,
  list: (client: ApiClient, params: ListCustomersParams) =>
    [...customerKeys.lists(client), params] as const,
  details: (client: ApiClient) => [...customerKeys.all(client), 'detail'] as const,
  detail: (client: ApiClient, id: number) => [...customerKeys.details(client), id] as const,
  downloads: (client: ApiClient, id: number) =>
    [...customerKeys.detail(client, id), 'downloads'] as const,
  orders: (client: ApiClient, id: number) =>
    [...customerKeys.detail(client, id), 'orders'] as const,
  analytics: (client: ApiClient, id: number) =>
    [...customerKeys.detail(client, id), 'analytics'] as const,
};

export const customerQueries = {
  /** Add `placeholderData: keepPreviousData` where paging should keep the old rows visible. */
  list: <P extends ListCustomersParams>(client: ApiClient, params: P) =>
    queryOptions({
      queryKey: customerKeys.list(client, params),
      queryFn: ({ signal }) => listCustomers(client, params, { signal }),
    }),
  detail: (client: ApiClient, id: number) =>
    queryOptions({
      queryKey: customerKeys.detail(client, id),
      queryFn: ({ signal }) => getCustomer(client, id, { signal }),
    }),
  downloads: (client: ApiClient, id: number) =>
    queryOptions({
      queryKey: customerKeys.downloads(client, id),
      queryFn: ({ signal }) => listCustomerDownloads(client, id, { signal }),
    }),
};
