import { ADDRESS_LINE_FIELDS } from '../../api/schemas/address';
import type { Customer } from '../../api/schemas/customer';

// The form's own shape: every field a string (inputs hold text), meta values as the text the user
// edits plus whether that text is JSON. Mapping to and from the API lives in form-mapping.ts.

/** The form's address fields: the common lines plus phone (billing adds email). */
export const ADDRESS_FIELDS = [...ADDRESS_LINE_FIELDS, 'phone'] as const;
export type AddressField = (typeof ADDRESS_FIELDS)[number];

export type AddressValues = Record<AddressField, string>;
export type BillingValues = AddressValues & { email: string };

export interface MetaRowValues {
  /** The store's row id; absent for rows added in this form. */
  id?: number;
  key: string;
  value: string;
  /** `json`: the text is parsed and sent as JSON (objects, arrays, numbers); else sent as text. */
  kind: 'text' | 'json';
}

export interface CustomerFormValues {
  email: string;
  first_name: string;
  last_name: string;
  username: string;
  /** Write-only: never filled from the store, sent only when typed. */
  password: string;
  billing: BillingValues;
  shipping: AddressValues;
  meta_data: MetaRowValues[];
}

function emptyAddress(): AddressValues {
  return Object.fromEntries(ADDRESS_FIELDS.map((field) => [field, ''])) as AddressValues;
}

export function emptyFormValues(): CustomerFormValues {
  return {
    email: '',
    first_name: '',
    last_name: '',
    username: '',
    password: '',
    billing: { ...emptyAddress(), email: '' },
    shipping: emptyAddress(),
    meta_data: [],
  };
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : value == null ? '' : String(value);
}

function addressValues(address: Record<string, unknown> | undefined): AddressValues {
  const values = emptyAddress();
  for (const field of ADDRESS_FIELDS) values[field] = text(address?.[field]);
  return values;
}

/** Strings stay text; anything a plugin stored as structure is shown and edited as JSON. */
export function metaRowValues(row: { id?: number; key: string; value: unknown }): MetaRowValues {
  const isText = typeof row.value === 'string';
  return {
    ...(row.id === undefined ? {} : { id: row.id }),
    key: row.key,
    value: isText ? (row.value as string) : JSON.stringify(row.value, null, 2),
    kind: isText ? 'text' : 'json',
  };
}

export function toFormValues(customer: Customer): CustomerFormValues {
  return {
    email: customer.email,
    first_name: customer.first_name,
    last_name: customer.last_name,
    username: customer.username,
    password: '',
    billing: { ...addressValues(customer.billing), email: text(customer.billing.email) },
    shipping: addressValues(customer.shipping),
    meta_data: (customer.meta_data ?? []).map(metaRowValues),
  };
}
