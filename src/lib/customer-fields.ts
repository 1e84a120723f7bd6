import { ADDRESS_LINE_FIELDS } from '../api/schemas/address';
import type { CustomerCreateInput } from '../api/schemas/customer-input';

// One flat name per writable customer field, shared by the creates table, the bulk edit, CSV
// columns and the review diffs: `email`, `billing.city`, `meta:loyalty_tier`. Flat names let a CSV
// column or a table cell address a nested field without each screen knowing the nesting.

/** The parts both addresses have (billing adds `email`). */
export const ADDRESS_PARTS = [...ADDRESS_LINE_FIELDS, 'phone'] as const;

export const TOP_FIELDS = ['email', 'first_name', 'last_name', 'username', 'password'] as const;
export const BILLING_FIELDS = [...ADDRESS_PARTS, 'email'].map((p) => `billing.${p}`);
export const SHIPPING_FIELDS = ADDRESS_PARTS.map((p) => `shipping.${p}`);

/** Every fixed field, in the order screens list them. */
export const CUSTOMER_FIELDS: readonly string[] = [
  ...TOP_FIELDS,
  ...BILLING_FIELDS,
  ...SHIPPING_FIELDS,
];

export const META_PREFIX = 'meta:';

/** Flat field name → value as typed (strings only: a CSV cell or a text box). */
export type FieldValues = Record<string, string>;

export function isFieldName(name: string): boolean {
  return CUSTOMER_FIELDS.includes(name) || metaKeyOf(name) !== undefined;
}

export function metaKeyOf(name: string): string | undefined {
  if (!name.startsWith(META_PREFIX)) return undefined;
  const key = name.slice(META_PREFIX.length).trim();
  return key === '' ? undefined : key;
}

type Address = Record<string, string>;

/**
 * The request body for these values. Only the fields present are sent, so an update changes
 * exactly what was set (a value of '' clears that field on the store).
 */
export function toCustomerInput(values: FieldValues): CustomerCreateInput {
  const input: Record<string, unknown> = {};
  const billing: Address = {};
  const shipping: Address = {};
  const meta: { key: string; value: string }[] = [];
  for (const [name, value] of Object.entries(values)) {
    const metaKey = metaKeyOf(name);
    if (metaKey !== undefined) meta.push({ key: metaKey, value });
    else if (name.startsWith('billing.')) billing[name.slice(8)] = value;
    else if (name.startsWith('shipping.')) shipping[name.slice(9)] = value;
    else if ((TOP_FIELDS as readonly string[]).includes(name)) input[name] = value;
  }
  if (Object.keys(billing).length > 0) input.billing = billing;
  if (Object.keys(shipping).length > 0) input.shipping = shipping;
  if (meta.length > 0) input.meta_data = meta;
  // The shape is checked by the shared zod schemas before anything is sent (see validate-operation).
  return input as CustomerCreateInput;
}

/** A fetched customer (or part of one) as flat values, for diffs. */
export function flattenCustomer(customer: Record<string, unknown>): FieldValues {
  const values: FieldValues = {};
  for (const name of TOP_FIELDS) {
    const value = customer[name];
    if (typeof value === 'string') values[name] = value;
  }
  for (const group of ['billing', 'shipping'] as const) {
    const address = customer[group];
    if (address === null || typeof address !== 'object') continue;
    for (const [part, value] of Object.entries(address as Record<string, unknown>)) {
      if (typeof value === 'string') values[`${group}.${part}`] = value;
    }
  }
  const meta = customer.meta_data;
  if (Array.isArray(meta)) {
    for (const row of meta as { key?: unknown; value?: unknown }[]) {
      if (typeof row.key !== 'string') continue;
      values[`${META_PREFIX}${row.key}`] =
        typeof row.value === 'string' ? row.value : JSON.stringify(row.value);
    }
  }
  return values;
}

/** The top-level `_fields` that hold these flat fields (for fetching the "before" of a diff). */
export function topLevelFields(names: Iterable<string>): string[] {
  const top = new Set<string>(['id', 'email', 'first_name', 'last_name']);
  for (const name of names) {
    if (metaKeyOf(name) !== undefined) top.add('meta_data');
    else top.add(name.split('.')[0] ?? name);
  }
  return [...top];
}

export function withoutField(values: FieldValues, name: string): FieldValues {
  return Object.fromEntries(Object.entries(values).filter(([key]) => key !== name));
}
