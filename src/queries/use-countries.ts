import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../session/api-client-context';
import { storeQueries } from './store-queries';

export function useCountries() {
  const client = useApiClient();
  return useQuery(storeQueries.countries(client));
}
