import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../session/api-client-context';
import { customerExtraQueries } from './customer-extra-queries';
import { storeQueries } from './store-queries';
import type { SiteTimeZone } from '../api/endpoints/store';

export type AnalyticsAvailability = 'checking' | 'available' | 'unavailable' | 'unknown';

/**
 * WordPress's own address, for links into wp-admin: the `/wp-json/` index's `url` once known,
 * else the address the user connected with (right for most sites, and never a guess of ours).
 */
export function useWordPressAddress(): string {
  const client = useApiClient();
  const index = useQuery(storeQueries.index(client));
  return index.data?.siteUrl ?? client.config.storeUrl;
}

const zoneOf = (info: { timeZone?: SiteTimeZone }) => info.timeZone;

/**
 * The site's time zone from its `/wp-json/` index, once known, where `needed` (only v1 prints a
 * date that needs it: lib/site-time.ts). A redraw only when the zone itself changes.
 */
export function useSiteTimeZone(needed: boolean): SiteTimeZone | undefined {
  const client = useApiClient();
  const query = useQuery({ ...storeQueries.index(client), select: zoneOf, enabled: needed });
  return needed ? query.data : undefined;
}

/** Whether the store serves WooCommerce Admin's customer index, from its `/wp-json/` index. */
export function useAnalyticsIndex(): AnalyticsAvailability {
  const client = useApiClient();
  const query = useQuery(storeQueries.index(client));
  if (query.data) return query.data.hasAnalytics ? 'available' : 'unavailable';
  return query.isError ? 'unknown' : 'checking';
}

/** The customer's analytics row, asked only when `enabled` (the store has the index). */
export function useCustomerAnalytics(id: number, enabled: boolean) {
  const client = useApiClient();
  return useQuery({ ...customerExtraQueries.analytics(client, id), enabled });
}
