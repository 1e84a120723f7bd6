import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../api/client';
import { listCustomers, type CustomerPage } from '../../../api/endpoints/customers';
import type { CustomerPartial } from '../../../api/schemas/customer';
import type { CustomerListFilters } from '../../../api/endpoints/customers';
import { customerKeys } from '../../../queries/customer-queries';

export interface Target {
  id: number;
  label?: string;
}

/**
 * Every customer matching the grid's filters, paged from the server 100 at a time with only the
 * id and email: the grid never holds them all, and "all matching" must mean the store's answer.
 */
export async function collectMatching(
  client: ApiClient,
  filters: CustomerListFilters,
  onProgress: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<Target[]> {
  const targets: Target[] = [];
  for (let page = 1; ; page += 1) {
    const params = { ...filters, page, per_page: 100, _fields: ['id', 'email'] };
    const result = await listCustomers(client, params, { signal });
    for (const item of result.items) {
      if (item.id !== undefined) targets.push({ id: item.id, label: item.email });
    }
    onProgress(targets.length, result.total);
    if (page >= result.totalPages || result.items.length === 0) return targets;
  }
}

/** Picked ids with the email the grid last showed for each (from the cached pages). */
export function labelPicked(
  queryClient: QueryClient,
  client: ApiClient,
  ids: Iterable<number>,
): Target[] {
  const emails = new Map<number, string>();
  const pages = queryClient.getQueriesData<CustomerPage<CustomerPartial>>({
    queryKey: customerKeys.lists(client),
  });
  for (const [, page] of pages) {
    for (const row of page?.items ?? []) {
      if (row.id !== undefined && row.email) emails.set(row.id, row.email);
    }
  }
  return [...ids].map((id) => ({ id, label: emails.get(id) }));
}
