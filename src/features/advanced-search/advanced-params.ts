import { ANALYTICS_ORDERBY, ANALYTICS_SEARCHBY } from '../../api/endpoints/analytics-customers';
import { PAGE_SIZES, type PageSize, type SortOrder } from '../../lib/paging';

// The advanced search's whole view as URL query parameters (a link reproduces it; Back, Forward
// and reload keep it). Names are WooCommerce Admin's own; dates are calendar days (YYYY-MM-DD).
// A bad value, typed or left by an old link, falls back to its default — never a 400.

export type AnalyticsOrderby = (typeof ANALYTICS_ORDERBY)[number];
export type SearchBy = (typeof ANALYTICS_SEARCHBY)[number];
export type Match = 'all' | 'any';

export const RANGE_FIELDS = ['orders_count', 'total_spend', 'avg_order_value'] as const;
export type RangeField = (typeof RANGE_FIELDS)[number];
export const DATE_FIELDS = ['registered', 'last_active', 'last_order'] as const;
export type DateField = (typeof DATE_FIELDS)[number];

export interface Range {
  min: number | null;
  max: number | null;
}
export interface DateRange {
  from: string;
  to: string;
}

export interface AdvancedFilters {
  search: string;
  searchby: SearchBy;
  match: Match;
  countryIncludes: string[];
  countryExcludes: string[];
  ranges: Record<RangeField, Range>;
  dates: Record<DateField, DateRange>;
}

export interface AdvancedState extends AdvancedFilters {
  page: number;
  perPage: PageSize;
  orderby: AnalyticsOrderby;
  order: SortOrder;
}

const NO_RANGE: Range = { min: null, max: null };
const NO_DATES: DateRange = { from: '', to: '' };

export const DEFAULT_ADVANCED_FILTERS: AdvancedFilters = {
  search: '',
  searchby: 'name',
  match: 'all',
  countryIncludes: [],
  countryExcludes: [],
  ranges: { orders_count: NO_RANGE, total_spend: NO_RANGE, avg_order_value: NO_RANGE },
  dates: { registered: NO_DATES, last_active: NO_DATES, last_order: NO_DATES },
};

// The index's defaults (date_registered, desc) are ours, so a plain link asks for nothing.
export const DEFAULT_ADVANCED_STATE: AdvancedState = {
  ...DEFAULT_ADVANCED_FILTERS,
  page: 1,
  perPage: 25,
  orderby: 'date_registered',
  order: 'desc',
};

const MAX_SEARCH = 200;
const MAX_PAGE = 1_000_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const COUNTRY = /^[A-Z]{2}$/;

function oneOf<T extends string | number>(options: readonly T[], value: unknown): T | undefined {
  return options.find((option) => option === value);
}

/** "de, FR" → ["DE", "FR"]; anything that is not a two-letter code is dropped. */
export function parseCountries(raw: string): { codes: string[]; invalid: string[] } {
  const parts = raw
    .split(',')
    .map((part) => part.trim().toUpperCase())
    .filter((part) => part !== '');
  const codes = [...new Set(parts.filter((part) => COUNTRY.test(part)))];
  return { codes, invalid: parts.filter((part) => !COUNTRY.test(part)) };
}

export function isValidDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function readAmount(raw: string | null, integer: boolean): number | null {
  if (raw === null || !/^\d+(\.\d+)?$/.test(raw)) return null;
  const value = Number(raw);
  return integer && !Number.isInteger(value) ? null : value;
}

function readPage(raw: string | null): number {
  if (raw === null || !/^\d+$/.test(raw)) return 1;
  const page = Number(raw);
  return page >= 1 && page <= MAX_PAGE ? page : 1;
}

export function parseAdvancedState(params: URLSearchParams): AdvancedState {
  const d = DEFAULT_ADVANCED_STATE;
  const ranges = { ...d.ranges };
  for (const field of RANGE_FIELDS) {
    const integer = field === 'orders_count';
    ranges[field] = {
      min: readAmount(params.get(`${field}_min`), integer),
      max: readAmount(params.get(`${field}_max`), integer),
    };
  }
  const dates = { ...d.dates };
  for (const field of DATE_FIELDS) {
    const from = params.get(`${field}_after`) ?? '';
    const to = params.get(`${field}_before`) ?? '';
    dates[field] = { from: isValidDay(from) ? from : '', to: isValidDay(to) ? to : '' };
  }
  return {
    search: (params.get('search') ?? '').slice(0, MAX_SEARCH),
    searchby: oneOf(ANALYTICS_SEARCHBY, params.get('searchby')) ?? d.searchby,
    match: oneOf(['all', 'any'] as const, params.get('match')) ?? d.match,
    countryIncludes: parseCountries(params.get('country_includes') ?? '').codes,
    countryExcludes: parseCountries(params.get('country_excludes') ?? '').codes,
    ranges,
    dates,
    page: readPage(params.get('page')),
    perPage: oneOf(PAGE_SIZES, Number(params.get('per_page'))) ?? d.perPage,
    orderby: oneOf(ANALYTICS_ORDERBY, params.get('orderby')) ?? d.orderby,
    order: oneOf(['asc', 'desc'] as const, params.get('order')?.toLowerCase()) ?? d.order,
  };
}

/** Only what differs from the defaults, in a fixed order, so equal views have equal URLs. */
export function serializeAdvancedState(state: AdvancedState): URLSearchParams {
  const params = new URLSearchParams();
  const d = DEFAULT_ADVANCED_STATE;
  if (state.search !== '') params.set('search', state.search);
  if (state.searchby !== d.searchby) params.set('searchby', state.searchby);
  if (state.match !== d.match) params.set('match', state.match);
  if (state.countryIncludes.length > 0)
    params.set('country_includes', state.countryIncludes.join(','));
  if (state.countryExcludes.length > 0)
    params.set('country_excludes', state.countryExcludes.join(','));
  for (const field of RANGE_FIELDS) {
    const { min, max } = state.ranges[field];
    if (min !== null) params.set(`${field}_min`, String(min));
    if (max !== null) params.set(`${field}_max`, String(max));
  }
  for (const field of DATE_FIELDS) {
    const { from, to } = state.dates[field];
    if (from !== '') params.set(`${field}_after`, from);
    if (to !== '') params.set(`${field}_before`, to);
  }
  if (state.orderby !== d.orderby) params.set('orderby', state.orderby);
  if (state.order !== d.order) params.set('order', state.order);
  if (state.perPage !== d.perPage) params.set('per_page', String(state.perPage));
  if (state.page !== d.page) params.set('page', String(state.page));
  return params;
}

export function pickAdvancedFilters(state: AdvancedState): AdvancedFilters {
  const { search, searchby, match, countryIncludes, countryExcludes, ranges, dates } = state;
  return { search, searchby, match, countryIncludes, countryExcludes, ranges, dates };
}

/** Conditions other than `match` itself: `match` alone changes nothing. */
export function countConditions(filters: AdvancedFilters): number {
  let count = filters.search !== '' ? 1 : 0;
  count += filters.countryIncludes.length > 0 ? 1 : 0;
  count += filters.countryExcludes.length > 0 ? 1 : 0;
  for (const field of RANGE_FIELDS) {
    const range = filters.ranges[field];
    count += range.min !== null || range.max !== null ? 1 : 0;
  }
  for (const field of DATE_FIELDS) {
    const dates = filters.dates[field];
    count += dates.from !== '' || dates.to !== '' ? 1 : 0;
  }
  return count;
}
