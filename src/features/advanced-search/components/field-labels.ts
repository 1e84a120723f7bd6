import type { DateField, RangeField } from '../advanced-params';

/** The translation key naming each range or date condition. */
export const FIELD_LABEL_KEYS = {
  orders_count: 'advancedSearch.filters.ordersCount',
  total_spend: 'advancedSearch.filters.totalSpend',
  avg_order_value: 'advancedSearch.filters.avgOrderValue',
  registered: 'advancedSearch.filters.registered',
  last_active: 'advancedSearch.filters.lastActive',
  last_order: 'advancedSearch.filters.lastOrder',
} as const satisfies Record<RangeField | DateField, string>;
