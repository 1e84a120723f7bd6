import { describe, expect, it } from 'vitest';
import { changedValues } from './form-diff';
import { emptyFormValues } from './form-values';

describe('changedValues', () => {
  it('lists fields and meta keys that differ, by path', () => {
    const before = emptyFormValues();
    before.meta_data = [{ id: 1, key: 'tier', value: 'gold', kind: 'text' }];
    const after = structuredClone(before);
    after.billing.city = 'Zürich';
    after.meta_data = [
      { id: 1, key: 'tier', value: 'silver', kind: 'text' },
      { key: 'new', value: '1', kind: 'json' },
    ];
    expect(changedValues(before, after)).toEqual([
      { path: 'billing.city', before: '', after: 'Zürich' },
      { path: 'meta:tier', before: 'gold', after: 'silver' },
      { path: 'meta:new', before: undefined, after: '1' },
    ]);
  });
});
