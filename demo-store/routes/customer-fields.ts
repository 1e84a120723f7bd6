// WooCommerce's `update_customer_meta_fields()` and the WC_Customer setters behind it: names are
// cleaned, address fields set raw (only the billing email is checked), and meta rows updated by
// id, else by key, else appended; a null value deletes the row when the customer is saved.

import type { StoreDb } from '../db.ts';
import { WpError } from '../errors.ts';
import { isEmail, phpIntCast, phpString, sanitizeEmail, sanitizeTextField } from '../php.ts';
import type { RestRequest } from '../rest-request.ts';
import {
  isJsonObject,
  type ApiVersion,
  type JsonValue,
  type MetaRow,
  type StoreUser,
} from '../types.ts';
import { addressFields } from './customer-args.ts';

/** WordPress stores scalars as strings and gives `{}` back as `[]`, like any PHP array. */
export function storedMetaValue(value: JsonValue): JsonValue {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? '1' : '';
  return roundTrip(value);
}

function roundTrip(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(roundTrip);
  if (!isJsonObject(value)) return value;
  const keys = Object.keys(value);
  if (keys.every((key, i) => key === String(i)))
    return keys.map((key) => roundTrip(value[key] ?? null));
  const out: { [key: string]: JsonValue } = {};
  for (const key of keys) out[key] = roundTrip(value[key] ?? null);
  return out;
}

/** Address values are kept as strings; arrays and objects are left alone rather than mangled. */
function addressValue(value: JsonValue): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return phpString(value);
  return null;
}

function setBillingEmail(draft: StoreUser, value: JsonValue): WpError | null {
  if (value && !isEmail(value)) {
    return new WpError('customer_invalid_billing_email', 'Invalid billing email address', 400);
  }
  draft.billing.email = sanitizeEmail(value);
  return null;
}

/** The setters `update_meta_data()` calls for WooCommerce's own keys. */
function setInternal(
  draft: StoreUser,
  key: string,
  value: JsonValue,
): WpError | null | 'not-internal' {
  if (key === 'first_name') draft.firstName = phpString(value);
  else if (key === 'last_name') draft.lastName = phpString(value);
  else if (key === 'display_name') draft.displayName = phpString(value);
  else if (key === 'billing_email') return setBillingEmail(draft, value);
  else if (/^billing_/.test(key) && Object.hasOwn(draft.billing, key.slice(8))) {
    (draft.billing as unknown as Record<string, string>)[key.slice(8)] = phpString(value);
  } else if (/^shipping_/.test(key) && Object.hasOwn(draft.shipping, key.slice(9))) {
    (draft.shipping as unknown as Record<string, string>)[key.slice(9)] = phpString(value);
  } else return 'not-internal';
  return null;
}

function updateMeta(draft: StoreUser, key: string, value: JsonValue, id: number): WpError | null {
  const internal = setInternal(draft, key, value);
  if (internal !== 'not-internal') return internal;
  const stored = value === null ? null : storedMetaValue(value);
  const byId = id !== 0 ? draft.meta.find((row) => row.id === id) : undefined;
  if (byId) {
    byId.key = key;
    byId.value = stored;
  } else if (id !== 0) {
    // An unknown id adds a fresh row; add_meta_data(unique) first drops rows with the key.
    draft.meta = draft.meta.filter((row) => row.key !== key);
    draft.meta.push({ id: 0, key, value: stored });
  } else {
    const matches = draft.meta.filter((row) => row.key === key);
    for (const row of matches) row.value = null;
    if (matches[0]) matches[0].value = stored;
    else draft.meta.push({ id: 0, key, value: stored });
  }
  return null;
}

/** `save_meta_data()`: null rows are deleted, new rows get their ids. */
export function saveMeta(draft: StoreUser, db: StoreDb): void {
  draft.meta = draft.meta.filter((row) => row.value !== null);
  for (const row of draft.meta) if (row.id === 0) row.id = db.allocateMetaId();
}

export function applyCustomerFields(
  draft: StoreUser,
  req: RestRequest,
  version: ApiVersion,
): WpError | null {
  if (req.has('first_name')) draft.firstName = sanitizeTextField(req.get('first_name'));
  if (req.has('last_name')) draft.lastName = sanitizeTextField(req.get('last_name'));
  for (const kind of ['billing', 'shipping'] as const) {
    const address = req.get(kind);
    if (!isJsonObject(address)) continue;
    for (const field of addressFields(version, kind)) {
      const value = address[field];
      if (value === undefined || value === null) continue;
      if (kind === 'billing' && field === 'email') {
        const error = setBillingEmail(draft, value);
        if (error) return error;
        continue;
      }
      const text = addressValue(value);
      if (text !== null) (draft[kind] as unknown as Record<string, string>)[field] = text;
    }
  }
  const meta = version === 'v1' ? undefined : req.get('meta_data');
  if (meta && typeof meta === 'object') {
    const rows = Array.isArray(meta) ? meta : Object.values(meta);
    for (const row of rows) {
      if (!isJsonObject(row) || row.key === undefined || row.key === null || row.key === '')
        continue;
      const id = row.id === undefined || row.id === null ? 0 : phpIntCast(row.id);
      const error = updateMeta(draft, phpString(row.key), row.value ?? null, id);
      if (error) return error;
    }
  }
  return null;
}

export function cloneUser(user: StoreUser): StoreUser {
  return {
    ...user,
    billing: { ...user.billing },
    shipping: { ...user.shipping },
    lastOrder: user.lastOrder ? { ...user.lastOrder } : null,
    meta: user.meta.map((row: MetaRow) => ({ ...row })),
    downloads: [...user.downloads],
  };
}
