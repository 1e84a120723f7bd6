import * as z from 'zod/mini';
import { CUSTOMER_ORDERBY, CUSTOMER_ROLES } from '../../../api/endpoints/list-params';
import { parseIdList } from '../../../lib/id-list';
import { PAGE_SIZES, type PageSize, type SortOrder } from '../../../lib/paging';
import { isGridColumnId, type CustomerOrderby, type GridColumnId } from './grid-columns';

// The grid's whole view as URL query parameters, so a link reproduces it and Back/Forward and
// reload keep it. Names follow WooCommerce's own parameters where one exists. A bad value (typed
// or left by an old link) falls back to its default, never to an error or a 400 from the store.

export const GRID_PARAM = {
  page: 'page',
  perPage: 'per_page',
  search: 'search',
  email: 'email',
  role: 'role',
  include: 'include',
  exclude: 'exclude',
  orderby: 'orderby',
  order: 'order',
  hidden: 'hidden',
} as const;

export type CustomerRole = (typeof CUSTOMER_ROLES)[number];

export interface GridFilters {
  search: string;
  email: string;
  /** `customer` is the store's default, so it is also ours and stays out of the URL. */
  role: CustomerRole;
  include: number[];
  exclude: number[];
}

export interface GridState extends GridFilters {
  page: number;
  perPage: PageSize;
  orderby: CustomerOrderby;
  order: SortOrder;
  /** Hidden columns named in the URL; `undefined` when the URL says nothing (then prefs decide). */
  hidden: GridColumnId[] | undefined;
}

export const DEFAULT_FILTERS: GridFilters = {
  search: '',
  email: '',
  role: 'customer',
  include: [],
  exclude: [],
};

// The store's defaults (orderby name, order asc) are ours too, so a plain link asks for nothing.
const BUILT_IN_PAGE_SIZE: PageSize = 25;

export const DEFAULT_GRID_STATE: GridState = {
  ...DEFAULT_FILTERS,
  page: 1,
  perPage: BUILT_IN_PAGE_SIZE,
  orderby: 'name',
  order: 'asc',
  hidden: undefined,
};

/**
 * config.json's `pageSize` (25 when it names none): the page size of a link that names none. Set
 * before rendering: by the boot from the last visit's config.json, then from this visit's.
 */
export function setDefaultPageSize(size: PageSize | undefined): void {
  DEFAULT_GRID_STATE.perPage = size ?? BUILT_IN_PAGE_SIZE;
}

const MAX_PAGE = 1_000_000;
const MAX_SEARCH = 200;
const EmailSchema = z.email();

function oneOf<T extends string | number>(options: readonly T[], value: unknown): T | undefined {
  return options.find((option) => option === value);
}

function readPage(raw: string | null): number {
  if (raw === null || !/^\d+$/.test(raw)) return DEFAULT_GRID_STATE.page;
  const page = Number(raw);
  return page >= 1 && page <= MAX_PAGE ? page : DEFAULT_GRID_STATE.page;
}

export function isValidEmail(value: string): boolean {
  return EmailSchema.safeParse(value).success;
}

export function parseGridState(params: URLSearchParams): GridState {
  const include = parseIdList(params.get(GRID_PARAM.include) ?? '').ids;
  const email = (params.get(GRID_PARAM.email) ?? '').trim();
  const orderby = oneOf(CUSTOMER_ORDERBY, params.get(GRID_PARAM.orderby));
  const hidden = params.get(GRID_PARAM.hidden);
  return {
    page: readPage(params.get(GRID_PARAM.page)),
    perPage:
      oneOf(PAGE_SIZES, Number(params.get(GRID_PARAM.perPage))) ?? DEFAULT_GRID_STATE.perPage,
    search: (params.get(GRID_PARAM.search) ?? '').slice(0, MAX_SEARCH),
    // A fragment would be a 400 from the store: drop it rather than show an error for a link.
    email: isValidEmail(email) ? email : '',
    role: oneOf(CUSTOMER_ROLES, params.get(GRID_PARAM.role)) ?? DEFAULT_FILTERS.role,
    include,
    exclude: parseIdList(params.get(GRID_PARAM.exclude) ?? '').ids,
    // "In the order of the listed ids" means nothing without a list.
    orderby:
      orderby && (orderby !== 'include' || include.length > 0)
        ? orderby
        : DEFAULT_GRID_STATE.orderby,
    // The store accepts lower case only; a hand-typed "DESC" is understood.
    order: oneOf(['asc', 'desc'], params.get(GRID_PARAM.order)?.toLowerCase()) ?? 'asc',
    hidden: hidden === null ? undefined : hidden.split(',').filter(isGridColumnId),
  };
}

/** "In the order of the listed ids" is dropped with the list it refers to. */
export function normalizeGridState(state: GridState): GridState {
  return state.orderby === 'include' && state.include.length === 0
    ? { ...state, orderby: DEFAULT_GRID_STATE.orderby, order: DEFAULT_GRID_STATE.order }
    : state;
}

/** Only what differs from the defaults, in a fixed order, so equal views have equal URLs. */
export function serializeGridState(state: GridState): URLSearchParams {
  const params = new URLSearchParams();
  const d = DEFAULT_GRID_STATE;
  if (state.search !== '') params.set(GRID_PARAM.search, state.search);
  if (state.email !== '') params.set(GRID_PARAM.email, state.email);
  if (state.role !== d.role) params.set(GRID_PARAM.role, state.role);
  if (state.include.length > 0) params.set(GRID_PARAM.include, state.include.join(','));
  if (state.exclude.length > 0) params.set(GRID_PARAM.exclude, state.exclude.join(','));
  if (state.orderby !== d.orderby) params.set(GRID_PARAM.orderby, state.orderby);
  if (state.order !== d.order) params.set(GRID_PARAM.order, state.order);
  if (state.perPage !== d.perPage) params.set(GRID_PARAM.perPage, String(state.perPage));
  if (state.page !== d.page) params.set(GRID_PARAM.page, String(state.page));
  if (state.hidden !== undefined) params.set(GRID_PARAM.hidden, state.hidden.join(','));
  return params;
}

export function pickFilters(state: GridState): GridFilters {
  const { search, email, role, include, exclude } = state;
  return { search, email, role, include, exclude };
}

export function hasActiveFilters(filters: GridFilters): boolean {
  return (
    filters.search !== '' ||
    filters.email !== '' ||
    filters.role !== DEFAULT_FILTERS.role ||
    filters.include.length > 0 ||
    filters.exclude.length > 0
  );
}
