import { describe, expect, it } from 'vitest';
import { CustomerFormSchema, formWarnings } from './form-schema';
import { emptyFormValues, type CustomerFormValues } from './form-values';

function withValues(change: (v: CustomerFormValues) => void): CustomerFormValues {
  const values = emptyFormValues();
  values.email = 'ok@example.com';
  change(values);
  return values;
}

function issues(values: CustomerFormValues): Record<string, string> {
  const result = CustomerFormSchema.safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('CustomerFormSchema', () => {
  it('requires a valid email', () => {
    expect(issues(withValues((v) => (v.email = '  ')))).toEqual({ email: 'emailRequired' });
    expect(issues(withValues((v) => (v.email = 'not-an-email')))).toEqual({
      email: 'invalidEmail',
    });
  });

  it('accepts unicode, RTL, emoji and long names', () => {
    const values = withValues((v) => {
      v.first_name = '‮evil‬ 👩‍💻';
      v.last_name = 'ك'.repeat(5_000);
      v.billing.address_1 = '東京都千代田区 1-1';
    });
    expect(issues(values)).toEqual({});
  });

  it('accepts an empty billing email but not a malformed one', () => {
    expect(issues(withValues((v) => (v.billing.email = '')))).toEqual({});
    expect(issues(withValues((v) => (v.billing.email = 'a@')))).toEqual({
      'billing.email': 'invalidEmail',
    });
  });

  it('limits usernames to WordPress’s 60 characters', () => {
    expect(issues(withValues((v) => (v.username = 'u'.repeat(61))))).toEqual({
      username: 'usernameTooLong',
    });
  });

  it('checks meta rows: a key, valid JSON when JSON, no duplicate keys', () => {
    const values = withValues((v) => {
      v.meta_data = [
        { key: ' ', value: 'x', kind: 'text' },
        { key: 'prefs', value: '{broken', kind: 'json' },
        { key: 'prefs', value: '[1,2]', kind: 'json' },
      ];
    });
    expect(issues(values)).toEqual({
      'meta_data.0.key': 'metaKeyRequired',
      'meta_data.1.value': 'invalidJson',
      'meta_data.2.key': 'duplicateMetaKey',
    });
  });
});

describe('formWarnings', () => {
  it('warns, without blocking, about what WooCommerce accepts but alters or rarely means', () => {
    const values = withValues((v) => {
      v.username = 'josé!';
      v.billing.phone = 'call after 5pm';
      v.shipping.phone = '+86 (21) 5555-0100 ext. 12';
      v.meta_data = [{ key: '_internal_flag', value: '1', kind: 'text' }];
    });
    expect(Object.fromEntries(formWarnings(values))).toEqual({
      username: 'usernameStripped',
      'billing.phone': 'phoneUnusual',
      'meta_data.0.key': 'internalMetaKey',
    });
    expect(issues(values)).toEqual({});
  });
});
