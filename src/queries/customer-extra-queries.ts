import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../api/client';
import { listAnalyticsCustomers } from '../api/endpoints/analytics-customers';
import { listCustomerOrders } from '../api/endpoints/orders';
import { customerKeys } from './customer-queries';

// What the customer detail reads besides the customer: kept apart from customer-queries.ts (which
// the grid, and so the start chunk, imports) so the orders endpoint loads with the detail screen.
// The keys are customerKeys', under the customer's detail key.

export const customerExtraQueries = {
  /** Their orders, newest first, one server page per `fetchNextPage`. */
  orders: (client: ApiClient, id: number) =>
    infiniteQueryOptions({
      queryKey: customerKeys.orders(client, id),
      queryFn: ({ signal, pageParam }) =>
        listCustomerOrders(client, id, { page: pageParam }, { signal }),
      initialPageParam: 1,
      getNextPageParam: (last) => (last.page < last.totalPages ? last.page + 1 : undefined),
    }),
  /**
   * Their row in WooCommerce Admin's index (`users=<id>`): order count and spend where the
   * customer object has none (v3). Null when the index has no row for them (yet).
   */
  analytics: (client: ApiClient, id: number) =>
    queryOptions({
      queryKey: customerKeys.analytics(client, id),
      queryFn: async ({ signal }) => {
        const page = await listAnalyticsCustomers(client, { users: [id], per_page: 1 }, { signal });
        return page.items.find((row) => row.user_id === id) ?? null;
      },
    }),
};
