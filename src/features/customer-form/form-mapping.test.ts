import { describe, expect, it } from 'vitest';
import {
  CustomerUpdateInputSchema,
  CustomerCreateInputSchema,
} from '../../api/schemas/customer-input';
import { makeCustomer } from '../../api/testing/customer-fixtures';
import { metaDataPatch, toCreateInput, toUpdatePatch } from './form-mapping';
import { emptyFormValues, toFormValues, type CustomerFormValues } from './form-values';

function edited(base: CustomerFormValues, change: (v: CustomerFormValues) => void) {
  const copy = structuredClone(base);
  change(copy);
  return copy;
}

const customer = makeCustomer(7, {
  meta_data: [
    { id: 11, key: 'loyalty_tier', value: 'gold' },
    { id: 12, key: 'preferences', value: { newsletter: true, tags: ['a'] } },
  ],
});
const loaded = toFormValues(customer);

describe('toFormValues', () => {
  it('never fills the password and shows structured meta values as JSON', () => {
    expect(loaded.password).toBe('');
    expect(loaded.meta_data[0]).toEqual({
      id: 11,
      key: 'loyalty_tier',
      value: 'gold',
      kind: 'text',
    });
    expect(loaded.meta_data[1]?.kind).toBe('json');
    expect(JSON.parse(loaded.meta_data[1]?.value ?? '')).toEqual({ newsletter: true, tags: ['a'] });
  });
});

describe('toUpdatePatch', () => {
  it('is empty when nothing changed', () => {
    expect(toUpdatePatch(loaded, structuredClone(loaded), 'v3')).toEqual({});
  });

  it('sends only the changed fields, addresses by sub-field', () => {
    const after = edited(loaded, (v) => {
      v.first_name = 'Ána 🌸';
      v.billing.city = 'Porto';
      v.shipping.address_2 = 'שדרות רוטשילד 5'; // RTL text travels untouched
    });
    const patch = toUpdatePatch(loaded, after, 'v3');
    expect(patch).toEqual({
      first_name: 'Ána 🌸',
      billing: { city: 'Porto' },
      shipping: { address_2: 'שדרות רוטשילד 5' },
    });
    expect(CustomerUpdateInputSchema.safeParse(patch).success).toBe(true);
  });

  it('sends a typed password and never the username', () => {
    const after = edited(loaded, (v) => {
      v.password = 'correct horse';
      v.username = 'renamed';
    });
    expect(toUpdatePatch(loaded, after, 'v3')).toEqual({ password: 'correct horse' });
  });

  it('keeps very long values whole', () => {
    const long = '長'.repeat(10_000);
    const patch = toUpdatePatch(
      loaded,
      edited(loaded, (v) => (v.last_name = long)),
      'v2',
    );
    expect(patch.last_name).toHaveLength(10_000);
  });

  it('leaves meta_data out on v1, which has none', () => {
    const after = edited(loaded, (v) => v.meta_data.push({ key: 'x', value: '1', kind: 'text' }));
    expect(toUpdatePatch(loaded, after, 'v1')).toEqual({});
    expect(toUpdatePatch(loaded, after, 'v2').meta_data).toEqual([{ key: 'x', value: '1' }]);
  });
});

describe('metaDataPatch', () => {
  it('updates rows by id, adds rows without one, deletes removed rows with value null', () => {
    const after = edited(loaded, (v) => {
      v.meta_data[0]!.value = 'platinum';
      v.meta_data.splice(1, 1);
      v.meta_data.push({ key: 'visits', value: '42', kind: 'json' });
    });
    expect(metaDataPatch(loaded.meta_data, after.meta_data)).toEqual([
      { id: 11, key: 'loyalty_tier', value: 'platinum' },
      { key: 'visits', value: 42 },
      { id: 12, key: 'preferences', value: null },
    ]);
  });

  it('sends a renamed key with its id, and nothing for untouched rows', () => {
    const after = edited(loaded, (v) => (v.meta_data[0]!.key = 'tier'));
    expect(metaDataPatch(loaded.meta_data, after.meta_data)).toEqual([
      { id: 11, key: 'tier', value: 'gold' },
    ]);
  });

  it('treats re-indented JSON as a change only when the text changed', () => {
    const after = edited(loaded, (v) => (v.meta_data[1]!.value = '{"newsletter":false}'));
    expect(metaDataPatch(loaded.meta_data, after.meta_data)).toEqual([
      { id: 12, key: 'preferences', value: { newsletter: false } },
    ]);
  });
});

describe('toCreateInput', () => {
  it('sends what was filled in, omitting empty address lines and an empty password', () => {
    const values = edited(emptyFormValues(), (v) => {
      v.email = '  新客户@example.com ';
      v.first_name = 'مريم';
      v.billing.country = 'CN';
      v.billing.city = '上海';
      v.meta_data.push({ key: 'source', value: 'fair 2026', kind: 'text' });
    });
    const input = toCreateInput(values, 'v3');
    expect(input).toEqual({
      email: '新客户@example.com',
      first_name: 'مريم',
      billing: { country: 'CN', city: '上海' },
      meta_data: [{ key: 'source', value: 'fair 2026' }],
    });
  });

  it('produces input the API schema accepts for a plain ASCII email', () => {
    const values = edited(emptyFormValues(), (v) => (v.email = 'new@example.com'));
    expect(CustomerCreateInputSchema.safeParse(toCreateInput(values, 'v1')).success).toBe(true);
  });
});
