// What both floor pages draw (floor.html by DOM calls, react-floor.html with React): the grid's
// first page as the app's boot asks for it, and each row's cells as the grid shows them. Imported
// first, so the list request leaves before either page's drawing code is evaluated, as the app's
// boot chunk sends it before React's (app/boot.ts). See floor.ts for what the floor is.
import '../../src/theme/theme-variables.css';
import '../../src/app/base.css';
import '../../src/components/customer-avatar.css';
import '../../src/config/zod-without-eval';
import { en } from '../../src/app/locales/en';
import { loadBootSettings } from '../../src/config/boot-settings';
import { requestGridPage } from '../../src/features/customers/boot';
import {
  ACTIONS_COLUMN_SIZE,
  COLUMN_SPECS,
  columnsFor,
  SELECT_COLUMN_SIZE,
  type GridColumnId,
} from '../../src/features/customers/grid/grid-columns';
import { GRID_CLASS } from '../../src/features/customers/grid/grid-body-styles';
import { GRID_HEAD_CLASS } from '../../src/features/customers/grid/grid-head-styles';
import { avatarInitials, avatarTone } from '../../src/lib/avatar-initials';
import { customerName, roleLabel } from '../../src/lib/customer-text';
import { lookup } from '../../src/i18n/translate';
import type { TFunction } from '../../src/i18n/types';
import { formatCountry } from '../../src/lib/format-amount';
import { formatUtcInstant } from '../../src/lib/format-date';
import { clientFor } from '../../src/session/client-for';
import { loadConnection } from '../../src/session/connection-storage';
import type { CustomerPartial } from '../../src/api/schemas/customer';

export { GRID_CLASS, GRID_HEAD_CLASS };

const DASH = '—';
const LOCALE = 'en-US';

/** One body cell: plain text, or the name cell's avatar and link, or the location's parts. */
export type FloorCell =
  | { kind: 'text'; text: string; className?: string }
  | { kind: 'name'; initials: string; tone: string; href: string; text: string }
  | { kind: 'parts'; parts: string[] };

export interface FloorRow {
  id: string;
  selectLabel: string;
  cells: FloorCell[];
}

export interface FloorTable {
  label: string;
  /** `--cd-cols`: the select column, the data columns and the actions column. */
  tracks: string;
  minWidth: number;
  headers: { label: string; className?: string }[];
  rows: FloorRow[];
}

/** English, as the app's translator gives it when the language is English. */
const t: TFunction = (key) => lookup(en, key) ?? key;

function cellOf(customer: CustomerPartial, column: GridColumnId, name: string): FloorCell {
  switch (column) {
    case 'name':
      return {
        kind: 'name',
        initials: avatarInitials(customer),
        tone: String(avatarTone(customer)),
        href: `#/customers/${customer.id}`,
        text: name || `#${customer.id}`,
      };
    case 'location': {
      const { city = '', country = '' } = customer.billing ?? {};
      const parts = [city, country && formatCountry(country, LOCALE)].filter(Boolean);
      return parts.length ? { kind: 'parts', parts } : { kind: 'text', text: DASH };
    }
    case 'registered': {
      const at = customer.date_created_gmt;
      return { kind: 'text', text: at ? formatUtcInstant(at, LOCALE) : DASH };
    }
    case 'paying': {
      const paying = customer.is_paying_customer;
      const text = paying === undefined ? DASH : paying ? en.customers.yes : en.customers.no;
      return { kind: 'text', text };
    }
    case 'role':
      return { kind: 'text', text: roleLabel(customer.role, t) };
    case 'id':
      return { kind: 'text', text: String(customer.id), className: GRID_CLASS.numeric };
    default:
      return { kind: 'text', text: String(customer[column as 'email' | 'username'] ?? DASH) };
  }
}

function tableOf(customers: readonly CustomerPartial[], columns: GridColumnId[]): FloorTable {
  const sizes = [
    SELECT_COLUMN_SIZE,
    ...columns.map((id) => COLUMN_SPECS[id].size),
    ACTIONS_COLUMN_SIZE,
  ];
  return {
    label: en.customers.title,
    tracks: sizes.map((size) => `minmax(${size}px, ${size}fr)`).join(' '),
    minWidth: sizes.reduce((a, b) => a + b, 0),
    headers: [
      { label: '', className: GRID_HEAD_CLASS.checkbox },
      ...columns.map((id) => ({
        label: en.customers.columns[id],
        className: id === 'id' ? GRID_HEAD_CLASS.numeric : undefined,
      })),
      { label: en.customers.columns.actions, className: GRID_HEAD_CLASS.sticky },
    ],
    rows: customers.map((customer) => {
      const name = customerName(customer);
      return {
        id: String(customer.id),
        selectLabel: `Select ${name || `#${customer.id}`}`,
        cells: columns.map((column) => cellOf(customer, column, name)),
      };
    }),
  };
}

const connection = loadConnection();
const settings = loadBootSettings();
if (!connection || !settings) throw new Error('the floor pages need a remembered connection');
const client = clientFor(connection, settings.requestTimeoutSeconds);
const { version } = client.config;
// The request the app's boot sends for this address (app/boot.ts), and the columns it asks for.
const page = requestGridPage(client, window.location.hash.split('?')[1] ?? '', settings.avatars);
const columns = columnsFor(version).filter((id) =>
  page.params._fields?.some((field) =>
    COLUMN_SPECS[id].fields(version, settings.avatars).includes(field),
  ),
);

/** The first page's table, once the store has answered. */
export const floorTable: Promise<FloorTable> = page.rows.then(({ items }) =>
  tableOf(items, columns),
);
