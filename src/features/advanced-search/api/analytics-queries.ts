import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../../api/client';
import {
  listAnalyticsCustomers,
  type AnalyticsListParams,
} from '../../../api/endpoints/analytics-customers';
import { storeKey } from '../../../queries/store-queries';

/** Keys start with the store, then the index: never shared with the customers API's lists. */
export const analyticsQueries = {
  all: (client: ApiClient) => [...storeKey(client), 'analytics-customers'] as const,
  list: (client: ApiClient, params: AnalyticsListParams) =>
    queryOptions({
      queryKey: [...analyticsQueries.all(client), 'list', params] as const,
      queryFn: ({ signal }) => listAnalyticsCustomers(client, params, { signal }),
      // The old page stays on screen while the next one loads, so the table does not jump.
      placeholderData: keepPreviousData,
    }),
};
