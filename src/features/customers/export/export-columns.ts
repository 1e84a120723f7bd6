import type { ApiVersion } from '../../../api/client';
import type { CustomerPartial } from '../../../api/schemas/customer';
import { columnsFor, type GridColumnId } from '../grid/grid-columns';
import { ADDRESS_PARTS } from '../../../lib/customer-fields';

// What an export writes. Headers are the names the CSV import maps back (billing_city,
// meta:<key> is not used here because meta rows are exported whole as JSON), so an exported file
// can be edited and imported again as updates by id.

export interface ExportColumn {
  header: string;
  /** For `_fields`: only what the columns need travels. */
  field: string;
  value(customer: CustomerPartial): unknown;
}

const top = (name: string): ExportColumn => ({
  header: name,
  field: name,
  value: (c) => (c as Record<string, unknown>)[name],
});

const part = (group: 'billing' | 'shipping', name: string): ExportColumn => ({
  header: `${group}_${name}`,
  field: `${group}.${name}`,
  value: (c) => (c[group] as Record<string, unknown> | undefined)?.[name],
});

const lastOrderDate: ExportColumn = {
  header: 'last_order_date',
  field: 'last_order',
  value: (c) => c.last_order?.date,
};

const FOR_GRID: Record<GridColumnId, (version: ApiVersion) => ExportColumn[]> = {
  id: () => [top('id')],
  name: () => [top('first_name'), top('last_name')],
  email: () => [top('email')],
  username: () => [top('username')],
  role: () => [top('role')],
  location: () => [part('billing', 'city'), part('billing', 'country')],
  orders: () => [top('orders_count')],
  spent: () => [top('total_spent')],
  paying: () => [top('is_paying_customer')],
  lastOrder: () => [lastOrderDate],
  registered: (v) =>
    v === 'v1' ? [top('date_created')] : [top('date_created'), top('date_created_gmt')],
};

/** The grid's visible columns, in the grid's order, always led by the id. */
export function visibleExportColumns(
  visible: readonly GridColumnId[],
  version: ApiVersion,
): ExportColumn[] {
  const available = new Set(columnsFor(version));
  const columns = visible.filter((id) => available.has(id)).flatMap((id) => FOR_GRID[id](version));
  return columns.some((c) => c.header === 'id') ? columns : [top('id'), ...columns];
}

/** Every field the version has. */
export function allExportColumns(version: ApiVersion): ExportColumn[] {
  const columns = [top('id'), top('email'), top('first_name'), top('last_name'), top('username')];
  if (version !== 'v1') columns.push(top('role'), top('is_paying_customer'));
  columns.push(top('date_created'), top('date_modified'));
  if (version !== 'v3') columns.push(top('orders_count'), top('total_spent'));
  if (version === 'v1') columns.push(lastOrderDate);
  columns.push(...[...ADDRESS_PARTS, 'email'].map((p) => part('billing', p)));
  columns.push(...ADDRESS_PARTS.map((p) => part('shipping', p)));
  if (version !== 'v1') columns.push(top('meta_data'));
  return columns;
}
