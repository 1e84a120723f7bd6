import type { ApiVersion } from '../../../api/client';
import type { CustomerListFilters, ListCustomersParams } from '../../../api/endpoints/customers';
import {
  DEFAULT_FILTERS,
  DEFAULT_GRID_STATE,
  type GridFilters,
  type GridState,
} from './grid-params';

// From the grid's view to the store's query. Values equal to the store's own defaults are left out
// (the request and the cache key stay short); per_page is always sent, since ours (25) is not the
// store's (10).

/**
 * Filters that only some API versions take (the rest every version has). v1 has no role
 * parameter; there the store lists customers only. The filters dialog, the request and a saved
 * view opened on an older connection all read this.
 */
export const VERSIONED_FILTERS: Partial<Record<keyof GridFilters, readonly ApiVersion[]>> = {
  role: ['v2', 'v3'],
};

export function supportsFilter(filter: keyof GridFilters, version: ApiVersion): boolean {
  return VERSIONED_FILTERS[filter]?.includes(version) ?? true;
}

/** The filters set in `filters` (not at their defaults) that `version` does not take. */
export function unsupportedFilters(
  filters: GridFilters,
  version: ApiVersion,
): (keyof GridFilters)[] {
  return (Object.keys(VERSIONED_FILTERS) as (keyof GridFilters)[]).filter(
    (filter) =>
      !supportsFilter(filter, version) &&
      JSON.stringify(filters[filter]) !== JSON.stringify(DEFAULT_FILTERS[filter]),
  );
}

/** The filters as the store takes them; also what "all matching customers" means to a batch. */
export function toListFilters(filters: GridFilters, version: ApiVersion): CustomerListFilters {
  const result: CustomerListFilters = {};
  if (filters.search !== '') result.search = filters.search;
  if (filters.email !== '') result.email = filters.email;
  if (supportsFilter('role', version) && filters.role !== DEFAULT_GRID_STATE.role)
    result.role = filters.role;
  if (filters.include.length > 0) result.include = filters.include;
  if (filters.exclude.length > 0) result.exclude = filters.exclude;
  return result;
}

export function toListParams(
  state: GridState,
  version: ApiVersion,
  fields: string[],
): ListCustomersParams {
  const params: ListCustomersParams = {
    ...toListFilters(state, version),
    per_page: state.perPage,
    _fields: fields,
  };
  if (state.page !== 1) params.page = state.page;
  if (state.orderby !== DEFAULT_GRID_STATE.orderby) params.orderby = state.orderby;
  if (state.order !== DEFAULT_GRID_STATE.order) params.order = state.order;
  return params;
}
