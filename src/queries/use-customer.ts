import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../session/api-client-context';
import { customerQueries } from './customer-queries';

export function useCustomer(id: number) {
  const client = useApiClient();
  return useQuery(customerQueries.detail(client, id));
}
