import * as z from 'zod/mini';
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
const StoreDate = z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/)));
const Amount = z.optional(z.number().check(z.minimum(0)));
const Count = z.optional(z.int().check(z.minimum(0)));
const CountryCodes = z.optional(z.array(z.string().check(z.regex(/^[A-Z]{2}$/))));

/** What the store answers 400 for is refused here first, with the same parameter names. */
export const AnalyticsListParamsSchema = z.object({
  page: z.optional(z.int().check(z.minimum(1))),
  per_page: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
  order: z.optional(z.enum(['asc', 'desc'])),
  orderby: z.optional(z.enum(ANALYTICS_ORDERBY)),
  search: z.optional(z.string()),
  searchby: z.optional(z.enum(ANALYTICS_SEARCHBY)),
  match: z.optional(z.enum(['all', 'any'])),
  country_includes: CountryCodes,
  country_excludes: CountryCodes,
  registered_after: StoreDate,
  registered_before: StoreDate,
  last_active_after: StoreDate,
  last_active_before: StoreDate,
  last_order_after: StoreDate,
  last_order_before: StoreDate,
  orders_count_min: Count,
  orders_count_max: Count,
  total_spend_min: Amount,
  total_spend_max: Amount,
  avg_order_value_min: Amount,
  avg_order_value_max: Amount,
  users: z.optional(z.array(z.int().check(z.positive()))),
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
