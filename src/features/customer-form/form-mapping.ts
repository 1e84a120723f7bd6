import type { ApiVersion } from '../../api/client';
import type { CustomerCreateInput, CustomerUpdateInput } from '../../api/schemas/customer-input';
import type { MetaData } from '../../api/schemas/meta-data';
import type { AddressValues, CustomerFormValues, MetaRowValues } from './form-values';

// Form values → what WooCommerce is sent. Create sends what was filled in; edit sends only what
// changed (a partial update), so a field someone else changed meanwhile is not written back, and
// fields this app does not know (plugins') are never touched.

type JsonValue = MetaData['value'];

/** v1 has no meta_data at all; the store would ignore it, so it is never sent there. */
export function supportsMetaData(version: ApiVersion): boolean {
  return version !== 'v1';
}

export function metaValue(row: MetaRowValues): JsonValue {
  return row.kind === 'json' ? (JSON.parse(row.value) as JsonValue) : row.value;
}

function filledOnly<T extends Record<string, string>>(address: T): Partial<T> | undefined {
  const entries = Object.entries(address).filter(([, value]) => value.trim() !== '');
  return entries.length ? (Object.fromEntries(entries) as Partial<T>) : undefined;
}

export function toCreateInput(
  values: CustomerFormValues,
  version: ApiVersion,
): CustomerCreateInput {
  const input: CustomerCreateInput = { email: values.email.trim() };
  if (values.first_name) input.first_name = values.first_name;
  if (values.last_name) input.last_name = values.last_name;
  if (values.username.trim()) input.username = values.username.trim();
  // Omitted: the store generates a password and emails the customer.
  if (values.password) input.password = values.password;
  const billing = filledOnly(values.billing);
  if (billing) input.billing = billing;
  const shipping = filledOnly(values.shipping);
  if (shipping) input.shipping = shipping;
  if (supportsMetaData(version) && values.meta_data.length) {
    input.meta_data = values.meta_data.map((row) => ({
      key: row.key.trim(),
      value: metaValue(row),
    }));
  }
  return input;
}

function changedFields<T extends AddressValues>(before: T, after: T): Partial<T> | undefined {
  const keys = Object.keys(after) as (keyof T & string)[];
  const changed = keys.filter((key) => after[key] !== before[key]);
  return changed.length
    ? (Object.fromEntries(changed.map((key) => [key, after[key]])) as Partial<T>)
    : undefined;
}

/**
 * Meta rows the way WooCommerce applies them: a row with an `id` updates that row, one without is
 * added, and a removed row is sent with `value: null`, which deletes it (WC_Data::save_meta_data).
 */
export function metaDataPatch(
  before: readonly MetaRowValues[],
  after: readonly MetaRowValues[],
): MetaData[] {
  const patch: MetaData[] = [];
  const beforeById = new Map(before.flatMap((row) => (row.id ? [[row.id, row] as const] : [])));
  const keptIds = new Set<number>();
  for (const row of after) {
    const key = row.key.trim();
    if (row.id === undefined) {
      patch.push({ key, value: metaValue(row) });
      continue;
    }
    keptIds.add(row.id);
    const old = beforeById.get(row.id);
    if (!old || old.key !== row.key || old.value !== row.value || old.kind !== row.kind)
      patch.push({ id: row.id, key, value: metaValue(row) });
  }
  for (const [id, row] of beforeById)
    if (!keptIds.has(id)) patch.push({ id, key: row.key, value: null });
  return patch;
}

const TOP_LEVEL = ['email', 'first_name', 'last_name'] as const;

/** Only what differs from the values the form was loaded with; `{}` when nothing changed. */
export function toUpdatePatch(
  initial: CustomerFormValues,
  current: CustomerFormValues,
  version: ApiVersion,
): CustomerUpdateInput {
  const patch: CustomerUpdateInput = {};
  for (const field of TOP_LEVEL) {
    if (current[field] !== initial[field])
      patch[field] = field === 'email' ? current[field].trim() : current[field];
  }
  if (current.password) patch.password = current.password;
  const billing = changedFields(initial.billing, current.billing);
  if (billing) patch.billing = billing;
  const shipping = changedFields(initial.shipping, current.shipping);
  if (shipping) patch.shipping = shipping;
  if (supportsMetaData(version)) {
    const meta = metaDataPatch(initial.meta_data, current.meta_data);
    if (meta.length) patch.meta_data = meta;
  }
  return patch;
}
