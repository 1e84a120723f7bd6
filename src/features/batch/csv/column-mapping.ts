import { CUSTOMER_FIELDS, META_PREFIX, metaKeyOf } from '../../../lib/customer-fields';

// Which customer field each CSV column fills. Headers are matched by name, the way people and
// other exports write them: "Email", "first name", "billing_city", "Billing City", "billing.city",
// "meta:loyalty_tier". `id` is not a field: it names the customer a row updates.

export const ID_COLUMN = 'id';
// Not '' : a select shows '' as "nothing chosen" instead of the "Ignore" option.
export const IGNORE = '(ignore)';

/** Per column: a flat field name, ID_COLUMN, or IGNORE. */
export type ColumnMapping = string[];

function normalise(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s\-.]+/g, '_');
}

const BY_NORMALISED = new Map<string, string>(
  CUSTOMER_FIELDS.map((field) => [normalise(field.replace('.', '_')), field]),
);
const ALIASES: Record<string, string> = {
  e_mail: 'email',
  email_address: 'email',
  firstname: 'first_name',
  lastname: 'last_name',
  user_name: 'username',
  login: 'username',
  customer_id: ID_COLUMN,
  user_id: ID_COLUMN,
};

export function matchHeader(header: string): string {
  const trimmed = header.replace(/^\uFEFF/, '').trim();
  if (trimmed.toLowerCase().startsWith(META_PREFIX)) {
    const key = metaKeyOf(`${META_PREFIX}${trimmed.slice(META_PREFIX.length)}`);
    return key === undefined ? IGNORE : `${META_PREFIX}${key}`;
  }
  const name = normalise(trimmed);
  if (name === ID_COLUMN) return ID_COLUMN;
  return BY_NORMALISED.get(name) ?? ALIASES[name] ?? IGNORE;
}

/** Auto-matched mapping; a field claimed by an earlier column is not given to a later one. */
export function autoMap(headers: readonly string[]): ColumnMapping {
  const taken = new Set<string>();
  return headers.map((header) => {
    const target = matchHeader(header);
    if (target === IGNORE || taken.has(target)) return IGNORE;
    taken.add(target);
    return target;
  });
}

export interface MappedRow {
  id?: string;
  fields: Record<string, string>;
}

/** One CSV record through the mapping; empty cells are "not given", so they change nothing. */
export function mapRow(cells: readonly string[], mapping: ColumnMapping): MappedRow {
  const row: MappedRow = { fields: {} };
  mapping.forEach((target, index) => {
    const value = (cells[index] ?? '').trim();
    if (target === IGNORE || value === '') return;
    if (target === ID_COLUMN) row.id = value;
    else row.fields[target] = value;
  });
  return row;
}
