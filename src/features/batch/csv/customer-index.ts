import type { ApiClient } from '../../../api/client';
import { listCustomers } from '../../../api/endpoints/customers';
import type { CustomerIndex } from './rows-to-operations';

/**
 * Ids and emails of every customer (any role), to tell which CSV rows are updates. One pass of
 * 100-item pages with only two fields each: far fewer requests than one lookup per row.
 */
export async function loadCustomerIndex(
  client: ApiClient,
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<CustomerIndex> {
  const ids = new Set<number>();
  const emails = new Map<string, number>();
  const role = client.config.version === 'v1' ? undefined : ('all' as const);
  for (let page = 1; ; page += 1) {
    const params = { page, per_page: 100, role, _fields: ['id', 'email'] };
    const result = await listCustomers(client, params, { signal });
    for (const item of result.items) {
      if (item.id === undefined) continue;
      ids.add(item.id);
      if (item.email) emails.set(item.email.toLowerCase(), item.id);
    }
    onProgress?.(page, result.totalPages);
    if (page >= result.totalPages || result.items.length === 0) break;
  }
  return { ids, emails };
}
