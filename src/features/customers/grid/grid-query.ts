import type { ApiVersion } from '../../../api/client';
import type { CustomerListFilters, ListCustomersParams } from '../../../api/endpoints/customers';
import { DEFAULT_GRID_STATE, type GridFilters, type GridState } from './grid-params';

// From the grid's view to the store's query. Values equal to the store's own defaults are left out
// (the request and the cache key stay short); per_page is always sent, since ours (25) is not the
// store's (10).

/** The filters as the store takes them; also what "all matching customers" means to a batch. */
export function toListFilters(filters: GridFilters, version: ApiVersion): CustomerListFilters {
  const result: CustomerListFilters = {};
  if (filters.search !== '') result.search = filters.search;
  if (filters.email !== '') result.email = filters.email;
  // v1 has no role parameter; there the store lists customers only.
  if (version !== 'v1' && filters.role !== DEFAULT_GRID_STATE.role) result.role = filters.role;
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
