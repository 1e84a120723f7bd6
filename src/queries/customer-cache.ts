import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../api/client';
import type { CustomerPage } from '../api/endpoints/customers';
import type { Customer, CustomerPartial } from '../api/schemas/customer';
import { customerKeys, customerQueries } from './customer-queries';

// How a write's answer reaches the cache: the server's object becomes the detail, and every cached
// list page holding that customer gets the new row, so screens update without a refetch.

type CachedPage = CustomerPage<Customer | CustomerPartial>;

// Partial rows (`_fields` pages) may lack an id in the type; such a row matches nothing.
const idOf = (row: Customer | CustomerPartial): number => row.id ?? Number.NaN;

function replaceRows(page: CachedPage | undefined, byId: ReadonlyMap<number, Customer>) {
  if (!page?.items.some((row) => byId.has(idOf(row)))) return page;
  return { ...page, items: page.items.map((row) => byId.get(idOf(row)) ?? row) };
}

function dropRows(page: CachedPage | undefined, ids: ReadonlySet<number>) {
  if (!page?.items.some((row) => ids.has(idOf(row)))) return page;
  const items = page.items.filter((row) => !ids.has(idOf(row)));
  return { ...page, items, total: Math.max(0, page.total - (page.items.length - items.length)) };
}

// Both take many customers at once: a batch answers with up to 100, and one pass over the cached
// lists per chunk (rather than per customer) keeps a 10,000-row import from scanning the cache
// 10,000 times.

/** The server's objects become their details, and replace their rows in every cached list. */
export function writeCustomers(
  queryClient: QueryClient,
  client: ApiClient,
  customers: readonly Customer[],
): void {
  if (customers.length === 0) return;
  const byId = new Map(customers.map((customer) => [customer.id, customer]));
  for (const customer of byId.values()) {
    queryClient.setQueryData(customerQueries.detail(client, customer.id).queryKey, customer);
  }
  queryClient.setQueriesData<CachedPage>({ queryKey: customerKeys.lists(client) }, (page) =>
    replaceRows(page, byId),
  );
}

/** Forgets deleted customers: their details and downloads go, their rows leave the cached pages. */
export function forgetCustomers(
  queryClient: QueryClient,
  client: ApiClient,
  ids: readonly number[],
): void {
  if (ids.length === 0) return;
  const gone = new Set(ids);
  const detailDepth = customerKeys.details(client).length;
  queryClient.removeQueries({
    queryKey: customerKeys.details(client),
    predicate: ({ queryKey }) => gone.has(queryKey[detailDepth] as number),
  });
  queryClient.setQueriesData<CachedPage>({ queryKey: customerKeys.lists(client) }, (page) =>
    dropRows(page, gone),
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
