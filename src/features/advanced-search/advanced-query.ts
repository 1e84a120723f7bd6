import type { AnalyticsListParams } from '../../api/endpoints/analytics-customers';
import { DATE_FIELDS, RANGE_FIELDS, type AdvancedState } from './advanced-params';

/**
 * The URL's view as the index's parameters. A day range covers whole days in the store's time:
 * from its first second to its last, so "until 31 May" includes 31 May.
 */
export function toAnalyticsParams(state: AdvancedState): AnalyticsListParams {
  const params: AnalyticsListParams = {
    page: state.page,
    per_page: state.perPage,
    orderby: state.orderby,
    order: state.order,
  };
  if (state.search !== '') {
    params.search = state.search;
    params.searchby = state.searchby;
  }
  if (state.match === 'any') params.match = 'any';
  if (state.countryIncludes.length > 0) params.country_includes = state.countryIncludes;
  if (state.countryExcludes.length > 0) params.country_excludes = state.countryExcludes;
  for (const field of RANGE_FIELDS) {
    const { min, max } = state.ranges[field];
    if (min !== null) params[`${field}_min`] = min;
    if (max !== null) params[`${field}_max`] = max;
  }
  for (const field of DATE_FIELDS) {
    const { from, to } = state.dates[field];
    if (from !== '') params[`${field}_after`] = `${from}T00:00:00`;
    if (to !== '') params[`${field}_before`] = `${to}T23:59:59`;
  }
  return params;
}
