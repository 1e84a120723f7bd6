import type { ApiVersion } from '../../../api/client';
import type { CUSTOMER_ORDERBY } from '../../../api/endpoints/list-params';
import type { RuntimeConfig } from '../../../config/runtime-config-schema';

export type AvatarMode = RuntimeConfig['avatars'];

// What each grid column is, which API versions have its data, which fields `_fields` must ask for
// to fill it, and which `orderby` sorts by it. Everything else about columns derives from here.

export const GRID_COLUMNS = [
  'id',
  'name',
  'email',
  'username',
  'role',
  'location',
  'orders',
  'spent',
  'paying',
  'lastOrder',
  'registered',
] as const;
export type GridColumnId = (typeof GRID_COLUMNS)[number];

export type CustomerOrderby = (typeof CUSTOMER_ORDERBY)[number];

interface ColumnSpec {
  versions: readonly ApiVersion[];
  fields: (version: ApiVersion, avatars: AvatarMode) => readonly string[];
  orderby?: CustomerOrderby;
  /** The name links to the customer: without it a row could not be told apart or opened. */
  hideable: boolean;
  size: number;
}

const ALL: readonly ApiVersion[] = ['v1', 'v2', 'v3'];
const only =
  (...fields: string[]) =>
  () =>
    fields;

export const COLUMN_SPECS: Record<GridColumnId, ColumnSpec> = {
  id: { versions: ALL, fields: only('id'), orderby: 'id', hideable: true, size: 76 },
  name: {
    versions: ALL,
    // The Gravatar URL only when the deployment shows those images (initials need the name only).
    fields: (_version, avatars) =>
      avatars === 'gravatar'
        ? ['first_name', 'last_name', 'avatar_url']
        : ['first_name', 'last_name'],
    orderby: 'name',
    hideable: false,
    size: 190,
  },
  email: { versions: ALL, fields: only('email'), hideable: true, size: 200 },
  username: { versions: ALL, fields: only('username'), hideable: true, size: 130 },
  role: { versions: ['v2', 'v3'], fields: only('role'), hideable: true, size: 110 },
  // Nested keys: WordPress trims inside objects too, so the rest of the address never travels.
  location: {
    versions: ALL,
    fields: only('billing.city', 'billing.country'),
    hideable: true,
    size: 150,
  },
  // v3 dropped the order statistics from the customer object (WooCommerce 7.9).
  orders: { versions: ['v1', 'v2'], fields: only('orders_count'), hideable: true, size: 90 },
  spent: { versions: ['v1', 'v2'], fields: only('total_spent'), hideable: true, size: 120 },
  paying: { versions: ['v2', 'v3'], fields: only('is_paying_customer'), hideable: true, size: 100 },
  lastOrder: { versions: ['v1'], fields: only('last_order'), hideable: true, size: 190 },
  // v1 has one date (in GMT, early by the site's offset: lib/site-time.ts). From v2 the `_gmt`
  // one alone: WooCommerce derives both from the same stored date, so they are there or null
  // together, and the store's own clock (the detail page shows it) is 3.6 KB of a 100-row page
  // the grid does not show.
  registered: {
    versions: ALL,
    fields: (version) => (version === 'v1' ? ['date_created'] : ['date_created_gmt']),
    orderby: 'registered_date',
    hideable: true,
    size: 210,
  },
};

/** The row checkbox's and the row actions' columns: fixed widths, never resized or hidden. */
export const SELECT_COLUMN_SIZE = 48;
export const ACTIONS_COLUMN_SIZE = 56;

export function isGridColumnId(value: string): value is GridColumnId {
  return (GRID_COLUMNS as readonly string[]).includes(value);
}

export function columnsFor(version: ApiVersion): GridColumnId[] {
  return GRID_COLUMNS.filter((id) => COLUMN_SPECS[id].versions.includes(version));
}

/**
 * The `_fields` for a page: only what the visible columns show, in one fixed order (not the
 * on-screen order), so reordering columns does not change the request or miss the cache.
 */
export function fieldsFor(
  visible: Iterable<GridColumnId>,
  version: ApiVersion,
  avatars: AvatarMode = 'initials',
): string[] {
  const wanted = new Set(visible);
  const fields = new Set<string>(['id']);
  for (const id of columnsFor(version)) {
    if (wanted.has(id))
      for (const field of COLUMN_SPECS[id].fields(version, avatars)) fields.add(field);
  }
  return [...fields];
}

export function columnForOrderby(orderby: CustomerOrderby): GridColumnId | undefined {
  return GRID_COLUMNS.find((id) => COLUMN_SPECS[id].orderby === orderby);
}
