import type { ApiClient, ApiVersion } from '../client';
import { readPagination } from '../pagination';
import { OrderSummaryListSchema, type OrderSummary } from '../schemas/order';
import { assertCustomerId } from './ids';

// `GET /orders?customer=<id>`: one customer's orders, newest first, a server page at a time.
// `_fields` keeps the answer small. WordPress 6.1 trims nested fields (`line_items.quantity`)
// only after WooCommerce has decided what to compute, and WooCommerce 7.9 computes `line_items`
// only when asked for by that exact name: with `line_items.quantity` alone the store sends no
// lines at all (observed on the real store). So the whole `line_items` is requested.
const ORDER_FIELDS = [
  'id',
  'number',
  'status',
  'currency',
  'date_created',
  'date_created_gmt',
  'total',
  'payment_method_title',
  'line_items',
] as const;

export const CUSTOMER_ORDERS_PER_PAGE = 10;

export interface CustomerOrdersPage {
  items: OrderSummary[];
  page: number;
  total: number;
  totalPages: number;
}

export interface CustomerOrdersParams {
  page?: number;
  perPage?: number;
}

/** The query the store is sent; v1 has no `date_created_gmt` (its dates are all GMT). */
export function customerOrdersQuery(
  customerId: number,
  { page = 1, perPage = CUSTOMER_ORDERS_PER_PAGE }: CustomerOrdersParams,
  version: ApiVersion,
) {
  const fields = ORDER_FIELDS.filter((f) => version !== 'v1' || f !== 'date_created_gmt');
  return {
    customer: customerId,
    page,
    per_page: perPage,
    orderby: 'date',
    order: 'desc',
    _fields: fields,
  };
}

export async function listCustomerOrders(
  client: ApiClient,
  customerId: number,
  params: CustomerOrdersParams = {},
  { signal }: { signal?: AbortSignal } = {},
): Promise<CustomerOrdersPage> {
  assertCustomerId(customerId);
  const query = customerOrdersQuery(customerId, params, client.config.version);
  const { data, headers } = await client.request({
    path: 'orders',
    query,
    signal,
    schema: OrderSummaryListSchema,
  });
  const pagination = readPagination(headers, {
    itemCount: data.length,
    page: query.page,
    perPage: query.per_page,
  });
  return { items: data, page: query.page, ...pagination };
}
