import { useInfiniteQuery } from '@tanstack/react-query';
import { useApiClient } from '../session/api-client-context';
import { customerQueries } from './customer-queries';

/** A customer's orders, newest first; `fetchNextPage` adds the next server page. */
export function useCustomerOrders(id: number) {
  const client = useApiClient();
  return useInfiniteQuery(customerQueries.orders(client, id));
}
