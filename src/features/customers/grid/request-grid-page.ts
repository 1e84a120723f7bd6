import type { ApiClient } from '../../../api/client';
import {
  listCustomers,
  type CustomerPage,
  type ListCustomersParams,
  type ListedCustomer,
} from '../../../api/endpoints/customers';
import { getColumnPrefs } from './column-prefs-store';
import type { AvatarMode } from './grid-columns';
import { gridListParams, visibleColumns } from './grid-list-params';
import { parseGridState } from './grid-params';

// The grid's first list request as the boot sends it: no React and no query cache here, so the
// boot's own small chunk (app/boot.ts) can send it while the app's code is still downloading.

/** A grid page's list request sent before the app could build its query cache (see requestGridPage). */
export interface EarlyGridPage {
  client: ApiClient;
  params: ListCustomersParams;
  rows: Promise<CustomerPage<ListedCustomer<ListCustomersParams>>>;
}

/** The store query a grid URL shows; `query` is the route's query string (`page=2&search=an`). */
export function gridPageParams(
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
