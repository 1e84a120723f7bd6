import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ListCustomersParams } from '../api/endpoints/customers';
import { useApiClient } from '../session/api-client-context';
import { customerQueries } from './customer-queries';

/**
 * One page of customers with its totals. The previous page stays shown while the next loads, so
 * the grid does not jump. Items are partial when `_fields` is given.
 */
export function useCustomers<P extends ListCustomersParams>(params: P) {
  const client = useApiClient();
  return useQuery({
    ...customerQueries.list(client, params),
    placeholderData: keepPreviousData,
    // A page that already failed (main.tsx's boot request, say) is shown with its error and Retry;
    // mounting the grid does not silently send it again.
    retryOnMount: false,
  });
}
