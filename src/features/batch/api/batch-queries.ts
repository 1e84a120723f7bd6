import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../../api/client';
import { listCustomers } from '../../../api/endpoints/customers';
import { customerKeys } from '../../../queries/customer-queries';

// The batch feature's one query: the current values of the customers a page of the review shows,
// fetched together (include=…, ≤ 100 ids) with only the fields the updates touch. Keys live under
// the customers' lists, so a write that marks lists stale refreshes these too.

export const batchQueries = {
  current: (client: ApiClient, ids: readonly number[], fields: readonly string[]) =>
    queryOptions({
      queryKey: [...customerKeys.lists(client), 'batch-review', [...ids], [...fields]] as const,
      queryFn: ({ signal }) =>
        listCustomers(
          client,
          {
            include: [...ids],
            per_page: 100,
            role: client.config.version === 'v1' ? undefined : 'all',
            _fields: [...fields],
          },
          { signal },
        ),
    }),
};
