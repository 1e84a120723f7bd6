import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../session/api-client-context';
import { customerQueries } from './customer-queries';

export function useCustomerDownloads(id: number) {
  const client = useApiClient();
  return useQuery(customerQueries.downloads(client, id));
}
