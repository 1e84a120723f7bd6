import { z } from 'zod';
import type { ApiClient, QueryValue } from '../client';
import { ApiError } from '../errors';
import { readPagination } from '../pagination';
import { AnalyticsCustomerListSchema, type AnalyticsCustomer } from '../schemas/analytics-customer';

// `GET /wp-json/wc-analytics/reports/customers`, WooCommerce Admin's customer index: searches
// names, filters by place, orders and activity, and lists guests. Same keys as the customers API.

export const ANALYTICS_ORDERBY = [
  'name',
  'username',
  'country',
  'city',
  'state',
  'postcode',
  'date_registered',
  'date_last_active',
  'orders_count',
  'total_spend',
  'avg_order_value',
] as const;

export const ANALYTICS_SEARCHBY = ['name', 'username', 'email'] as const;

// `YYYY-MM-DDTHH:MM:SS`, read by the store in its own time zone.
const StoreDate = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
const Amount = z.number().min(0);

/** What the store answers 400 for is refused here first, with the same parameter names. */
export const AnalyticsListParamsSchema = z.object({
  page: z.int().min(1).optional(),
  per_page: z.int().min(1).max(100).optional(),
  order: z.enum(['asc', 'desc']).optional(),
  orderby: z.enum(ANALYTICS_ORDERBY).optional(),
  search: z.string().optional(),
  searchby: z.enum(ANALYTICS_SEARCHBY).optional(),
  match: z.enum(['all', 'any']).optional(),
  country_includes: z.array(z.string().regex(/^[A-Z]{2}$/)).optional(),
  country_excludes: z.array(z.string().regex(/^[A-Z]{2}$/)).optional(),
  registered_after: StoreDate.optional(),
  registered_before: StoreDate.optional(),
  last_active_after: StoreDate.optional(),
  last_active_before: StoreDate.optional(),
  last_order_after: StoreDate.optional(),
  last_order_before: StoreDate.optional(),
  orders_count_min: z.int().min(0).optional(),
  orders_count_max: z.int().min(0).optional(),
  total_spend_min: Amount.optional(),
  total_spend_max: Amount.optional(),
  avg_order_value_min: Amount.optional(),
  avg_order_value_max: Amount.optional(),
  users: z.array(z.int().positive()).optional(),
});

export type AnalyticsListParams = z.input<typeof AnalyticsListParamsSchema>;

export interface AnalyticsCustomerPage {
  items: AnalyticsCustomer[];
  total: number;
  totalPages: number;
}

function toQuery(params: AnalyticsListParams): Record<string, QueryValue> {
  const parsed = AnalyticsListParamsSchema.safeParse(params);
  if (!parsed.success) {
    const byParam = Object.fromEntries(
      parsed.error.issues.map((issue) => [issue.path.map(String).join('.'), issue.message]),
    );
    throw new ApiError({
      kind: 'validation',
      code: 'customer_desk_invalid_param',
      message: `Invalid parameter(s): ${Object.keys(byParam).join(', ')}.`,
      params: byParam,
    });
  }
  const query: Record<string, QueryValue> = {};
  for (const [key, value] of Object.entries(parsed.data)) {
    // Empty lists and strings mean "no condition"; sent, they would still be conditions.
    if (value === '' || (Array.isArray(value) && value.length === 0)) continue;
    query[key] = value;
  }
  return query;
}

export async function listAnalyticsCustomers(
  client: ApiClient,
  params: AnalyticsListParams,
  { signal }: { signal?: AbortSignal } = {},
): Promise<AnalyticsCustomerPage> {
  const { data, headers } = await client.request({
    path: '/wc-analytics/reports/customers',
    query: toQuery(params),
    signal,
    schema: AnalyticsCustomerListSchema,
  });
  const pagination = readPagination(headers, {
    itemCount: data.length,
    page: params.page,
    perPage: params.per_page ?? 10,
  });
  return { items: data, ...pagination };
}
