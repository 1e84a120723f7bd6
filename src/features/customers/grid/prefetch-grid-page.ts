import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../api/client';
import { customerQueries } from '../../../queries/customer-queries';
import { getColumnPrefs } from './column-prefs-store';
import type { AvatarMode } from './grid-columns';
import { gridListParams, visibleColumns } from './grid-list-params';
import { parseGridState } from './grid-params';

/**
 * Starts the request for the page of customers a grid URL shows, before React renders anything:
 * the grid, when it mounts, finds the answer in the cache or on its way (same query key).
 * `query` is the route's query string (`page=2&search=an`).
 */
export function prefetchGridPage(
  queryClient: QueryClient,
  client: ApiClient,
  query: string,
  /** config.json's `avatars`: with Gravatar the grid also asks for `avatar_url` (another key). */
  avatars: AvatarMode = 'initials',
) {
  const { version } = client.config;
  const state = parseGridState(new URLSearchParams(query));
  const visible = visibleColumns(version, state.hidden ?? getColumnPrefs().hidden);
  return queryClient.prefetchQuery(
    customerQueries.list(client, gridListParams(state, version, visible, avatars)),
  );
}
