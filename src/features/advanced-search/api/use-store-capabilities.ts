import { useQuery } from '@tanstack/react-query';
import { storeQueries } from '../../../queries/store-queries';
import { useApiClient } from '../../../session/api-client-context';

export type AnalyticsAvailability = 'checking' | 'available' | 'unavailable' | 'unknown';

/**
 * Whether the store serves WooCommerce Admin's index, from its `/wp-json/` namespaces. When the
 * index cannot be read at all, the answer is "unknown": the mode stays hidden, and says so.
 */
export function useAnalyticsAvailability(): AnalyticsAvailability {
  const client = useApiClient();
  const query = useQuery(storeQueries.index(client));
  if (query.data) return query.data.hasAnalytics ? 'available' : 'unavailable';
  return query.isError ? 'unknown' : 'checking';
}
