import { ADDRESS_FIELDS, type CustomerFormValues } from './form-values';

// Flattens form values to "path → text" so two versions of a customer can be compared field by
// field (the conflict review). Meta rows are compared by key: ids differ between a row someone
// added and one we added, but the key is what a person recognises.

export type FlatValues = Map<string, string>;

export function flatten(values: CustomerFormValues): FlatValues {
  const flat: FlatValues = new Map();
  for (const field of ['email', 'username', 'first_name', 'last_name'] as const)
    flat.set(field, values[field]);
  for (const field of ADDRESS_FIELDS) flat.set(`billing.${field}`, values.billing[field]);
  flat.set('billing.email', values.billing.email);
  for (const field of ADDRESS_FIELDS) flat.set(`shipping.${field}`, values.shipping[field]);
  for (const row of values.meta_data) flat.set(`meta:${row.key}`, row.value);
  return flat;
}

export interface ValueChange {
  path: string;
  before: string | undefined;
  after: string | undefined;
}

export function changedValues(
  before: CustomerFormValues,
  after: CustomerFormValues,
): ValueChange[] {
  const a = flatten(before);
  const b = flatten(after);
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths]
    .filter((path) => a.get(path) !== b.get(path))
    .map((path) => ({ path, before: a.get(path), after: b.get(path) }));
}
