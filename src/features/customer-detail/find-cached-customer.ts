import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../api/client';
import type { CustomerPage } from '../../api/endpoints/customers';
import type { CustomerPartial } from '../../api/schemas/customer';
import { customerKeys } from '../../queries/customer-queries';

/**
 * What the grid already knows about a customer: the row from any cached list page. Rows there are
 * trimmed by `_fields`, so of several copies the one with the most fields wins.
 */
export function findCachedCustomer(
  queryClient: QueryClient,
  client: ApiClient,
  id: number,
): CustomerPartial | undefined {
  const pages = queryClient.getQueriesData<CustomerPage<CustomerPartial>>({
    queryKey: customerKeys.lists(client),
  });
  let best: CustomerPartial | undefined;
  for (const [, page] of pages) {
    const row = page?.items.find((item) => item.id === id);
    if (row && (!best || Object.keys(row).length > Object.keys(best).length)) best = row;
  }
  return best;
}
