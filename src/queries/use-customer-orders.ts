import { useInfiniteQuery } from '@tanstack/react-query';
import { useApiClient } from '../session/api-client-context';
import { customerExtraQueries } from './customer-extra-queries';

/** A customer's orders, newest first; `fetchNextPage` adds the next server page. */
export function useCustomerOrders(id: number) {
  const client = useApiClient();
  return useInfiniteQuery(customerExtraQueries.orders(client, id));
}
