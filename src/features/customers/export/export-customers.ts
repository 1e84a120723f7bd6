import type { ApiClient } from '../../../api/client';
import { listCustomers } from '../../../api/endpoints/customers';
import { csvRow, UTF8_BOM } from '../../../lib/csv';
import type { CustomerListFilters } from '../../../api/endpoints/customers';
import type { ExportColumn } from './export-columns';

/**
 * Every customer matching the filters, from the store page by page (100 each, by id so pages do
 * not shift while we read), as CSV text with a BOM. Throws the abort reason when cancelled.
 */
export async function exportCustomers(
  client: ApiClient,
  filters: CustomerListFilters,
  columns: readonly ExportColumn[],
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<{ text: string; count: number }> {
  const parts = [UTF8_BOM, csvRow(columns.map((c) => c.header))];
  const fields = [...new Set(columns.map((c) => c.field))];
  let count = 0;
  for (let page = 1; ; page += 1) {
    const params = {
      ...filters,
      page,
      per_page: 100,
      orderby: 'id' as const,
      order: 'asc' as const,
      _fields: fields,
    };
    const result = await listCustomers(client, params, { signal });
    for (const customer of result.items) parts.push(csvRow(columns.map((c) => c.value(customer))));
    count += result.items.length;
    onProgress(count, result.total);
    if (page >= result.totalPages || result.items.length === 0) break;
  }
  return { text: parts.join(''), count };
}
