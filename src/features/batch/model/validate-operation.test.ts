import { describe, expect, it } from 'vitest';
import { validateOperation } from './validate-operation';

describe('validateOperation', () => {
  it('accepts a create with a valid email and address', () => {
    const issues = validateOperation({
      key: 'k',
      kind: 'create',
      fields: { email: 'a@b.test', 'billing.country': 'DE', 'meta:tier': 'gold' },
    });
    expect(issues).toEqual([]);
  });

  it('uses the shared rules: a create needs an email, emails must be valid', () => {
    expect(validateOperation({ key: 'k', kind: 'create', fields: {} })).toEqual([
      { field: 'email', code: 'required' },
    ]);
    expect(
      validateOperation({ key: 'k', kind: 'update', id: 3, fields: { email: 'not-an-email' } }),
    ).toEqual([{ field: 'email', code: 'email' }]);
    expect(
      validateOperation({ key: 'k', kind: 'update', id: 3, fields: { 'billing.email': 'nope' } }),
    ).toEqual([{ field: 'billing.email', code: 'email' }]);
  });

  it('adds stricter checks: country codes, usernames, protected meta keys, empty updates', () => {
    const create = validateOperation({
      key: 'k',
      kind: 'create',
      fields: {
        email: 'a@b.test',
        'shipping.country': 'Germany',
        username: 'a<b>',
        'meta:_secret': '1',
      },
    });
    expect(create.map((i) => [i.field, i.code])).toEqual([
      ['shipping.country', 'country'],
      ['meta:_secret', 'metaKey'],
      ['username', 'username'],
    ]);
    expect(validateOperation({ key: 'k', kind: 'update', id: 3, fields: {} })).toEqual([
      { field: '', code: 'nothingToChange' },
    ]);
    expect(validateOperation({ key: 'k', kind: 'delete', id: 3 })).toEqual([]);
  });
});
