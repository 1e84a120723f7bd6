// The customers report's SQL, in memory. WooCommerce Admin sorts the conditions into two groups:
// profile conditions (search, name/username/email/country lists, registered and last-active
// dates) go to WHERE, order conditions (orders count, total spend, average order value, last
// order date) to HAVING. `match` joins the conditions inside each group with AND or OR; the two
// groups are always both required, so `match=any` means "any profile condition and any order
// condition" when both kinds are used — exactly as on a real store.

import { fold } from '../db.ts';
import type { IndexRow } from './customer-index.ts';

export type Condition = (row: IndexRow) => boolean;

export type ReportOrderby =
  | 'username'
  | 'name'
  | 'country'
  | 'city'
  | 'state'
  | 'postcode'
  | 'date_registered'
  | 'date_last_active'
  | 'orders_count'
  | 'total_spend'
  | 'avg_order_value';

export interface ReportQuery {
  where: Condition[];
  having: Condition[];
  /** `customers` and `users`: always required. */
  required: Condition[];
  match: 'all' | 'any';
  orderby: ReportOrderby;
  order: 'asc' | 'desc';
  offset: number;
  limit: number;
}

function group(conditions: readonly Condition[], match: 'all' | 'any'): Condition {
  if (conditions.length === 0) return () => true;
  return match === 'all'
    ? (row) => conditions.every((condition) => condition(row))
    : (row) => conditions.some((condition) => condition(row));
}

type SortValue = string | number | null;

function sortValue(row: IndexRow, orderby: ReportOrderby): SortValue {
  switch (orderby) {
    case 'username':
      return fold(row.username);
    case 'name':
      return fold(row.name);
    case 'country':
    case 'city':
    case 'state':
    case 'postcode':
      return fold(row[orderby]);
    case 'date_registered':
      return row.registered;
    case 'date_last_active':
      return row.lastActive;
    case 'orders_count':
      return row.ordersCount;
    case 'total_spend':
      return row.totalSpend;
    case 'avg_order_value':
      return row.avgOrderValue;
  }
}

/** MySQL puts NULL first when ascending and last when descending; ties keep the index id order. */
function compare(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

export function runReport(
  rows: readonly IndexRow[],
  query: ReportQuery,
): {
  total: number;
  rows: IndexRow[];
} {
  const required = group(query.required, 'all');
  const where = group(query.where, query.match);
  const having = group(query.having, query.match);
  const matching = rows.filter((row) => required(row) && where(row) && having(row));
  const sign = query.order === 'desc' ? -1 : 1;
  const keyed = matching.map((row) => ({ row, key: sortValue(row, query.orderby) }));
  keyed.sort((a, b) => sign * compare(a.key, b.key) || a.row.id - b.row.id);
  return {
    total: matching.length,
    rows: keyed.slice(query.offset, query.offset + query.limit).map((entry) => entry.row),
  };
}
