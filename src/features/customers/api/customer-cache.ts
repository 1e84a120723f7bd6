import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../api/client';
import type { CustomerPage } from '../../../api/endpoints/customers';
import type { Customer, CustomerPartial } from '../../../api/schemas/customer';
import { customerKeys, customerQueries } from './customer-queries';

// How a write's answer reaches the cache: the server's object becomes the detail, and every cached
// list page holding that customer gets the new row, so screens update without a refetch.

type CachedPage = CustomerPage<Customer | CustomerPartial>;

function replaceRow(page: CachedPage | undefined, customer: Customer): CachedPage | undefined {
  if (!page?.items.some((row) => row.id === customer.id)) return page;
  return { ...page, items: page.items.map((row) => (row.id === customer.id ? customer : row)) };
}

function dropRow(page: CachedPage | undefined, id: number): CachedPage | undefined {
  if (!page?.items.some((row) => row.id === id)) return page;
  return {
    ...page,
    items: page.items.filter((row) => row.id !== id),
    total: Math.max(0, page.total - 1),
  };
}

export function writeCustomer(
  queryClient: QueryClient,
  client: ApiClient,
  customer: Customer,
): void {
  queryClient.setQueryData(customerQueries.detail(client, customer.id).queryKey, customer);
  queryClient.setQueriesData<CachedPage>({ queryKey: customerKeys.lists(client) }, (page) =>
    replaceRow(page, customer),
  );
}

/** Forgets a deleted customer: its detail and downloads go, its rows leave the cached pages. */
export function forgetCustomer(queryClient: QueryClient, client: ApiClient, id: number): void {
  queryClient.removeQueries({ queryKey: customerKeys.detail(client, id) });
  queryClient.setQueriesData<CachedPage>({ queryKey: customerKeys.lists(client) }, (page) =>
    dropRow(page, id),
  );
}

/**
 * `patchedOnly`: rows were replaced in place, so lists are only marked stale and refetch when next
 * shown. Otherwise (a customer came or went) totals and pages moved, so visible lists refetch now.
 */
export function invalidateCustomerLists(
  queryClient: QueryClient,
  client: ApiClient,
  { patchedOnly }: { patchedOnly: boolean },
): Promise<void> {
  return queryClient.invalidateQueries({
    queryKey: customerKeys.lists(client),
    refetchType: patchedOnly ? 'none' : 'active',
  });
}
