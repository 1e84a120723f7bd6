import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../../../api/client';
import {
  listCustomers,
  type CustomerPage,
  type ListCustomersParams,
  type ListedCustomer,
} from '../../../api/endpoints/customers';
import { customerQueries } from '../../../queries/customer-queries';
import { getColumnPrefs } from './column-prefs-store';
import type { AvatarMode } from './grid-columns';
import { gridListParams, visibleColumns } from './grid-list-params';
import { parseGridState } from './grid-params';

/** A grid page's list request sent before the app could build its query cache (see requestGridPage). */
export interface EarlyGridPage {
  client: ApiClient;
  params: ListCustomersParams;
  rows: Promise<CustomerPage<ListedCustomer<ListCustomersParams>>>;
}

/** The store query a grid URL shows; `query` is the route's query string (`page=2&search=an`). */
function gridPageParams(
  client: ApiClient,
  query: string,
  avatars: AvatarMode,
): ListCustomersParams {
  const { version } = client.config;
  const state = parseGridState(new URLSearchParams(query));
  const visible = visibleColumns(version, state.hidden ?? getColumnPrefs().hidden);
  return gridListParams(state, version, visible, avatars);
}

/**
 * Sends the list request for the grid page a URL shows, with no query cache yet: the boot calls it
 * before the rest of the app's code has run. `prefetchGridPage` takes its answer when config.json
 * turns out to ask for the same request.
 */
export function requestGridPage(
  client: ApiClient,
  query: string,
  avatars: AvatarMode,
): EarlyGridPage {
  const params = gridPageParams(client, query, avatars);
  const rows = listCustomers(client, params);
  // Not taken (config.json changed since), its failure is nobody's to report.
  rows.catch(() => undefined);
  return { client, params, rows };
}

/** What makes two clients send the same request: store, version, keys, auth and timeout. */
const REQUEST_SHAPING: readonly (keyof ApiClient['config'])[] = [
  'storeUrl',
  'version',
  'consumerKey',
  'consumerSecret',
  'authMode',
  'timeoutMs',
];

function sameClient(a: ApiClient, b: ApiClient): boolean {
  return REQUEST_SHAPING.every((key) => a.config[key] === b.config[key]);
}

/**
 * Starts the request for the page of customers a grid URL shows, before React renders anything:
 * the grid, when it mounts, finds the answer in the cache or on its way (same query key). An
 * `early` request for the same page (requestGridPage) is taken instead of asking again.
 */
export function prefetchGridPage(
  queryClient: QueryClient,
  client: ApiClient,
  query: string,
  /** config.json's `avatars`: with Gravatar the grid also asks for `avatar_url` (another key). */
  avatars: AvatarMode = 'initials',
  early?: EarlyGridPage,
) {
  const params = gridPageParams(client, query, avatars);
  const options = customerQueries.list(client, params);
  const taken =
    early &&
    sameClient(early.client, client) &&
    JSON.stringify(early.params) === JSON.stringify(params)
      ? early.rows
      : undefined;
  return queryClient.prefetchQuery(taken ? { ...options, queryFn: () => taken } : options);
}
