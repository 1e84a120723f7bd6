import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/errors';
import { fieldErrorsFrom, isFormPath } from './server-errors';
import { emptyFormValues } from './form-values';

function refused(code: string, message: string, params?: Record<string, string>) {
  return new ApiError({ kind: 'validation', status: 400, code, message, params });
}

describe('fieldErrorsFrom', () => {
  it.each([
    ['registration-error-email-exists', 'email'],
    ['registration-error-invalid-email', 'email'],
    ['customer_invalid_email', 'email'],
    ['woocommerce_rest_customer_invalid_email', 'email'],
    ['registration-error-username-exists', 'username'],
    ['woocommerce_rest_customer_invalid_argument', 'username'],
  ])('puts %s on %s with the store’s own message', (code, field) => {
    expect(fieldErrorsFrom(refused(code, 'The store says no.'))).toEqual([
      { field, message: 'The store says no.' },
    ]);
  });

  it('reads data.params of rest_invalid_param, down to the address sub-field', () => {
    const error = refused('rest_invalid_param', 'Invalid parameter(s): billing, email', {
      billing: 'billing[email] is not a valid email address.',
      email: 'Invalid email address.',
    });
    expect(fieldErrorsFrom(error)).toEqual([
      { field: 'billing.email', message: 'billing[email] is not a valid email address.' },
      { field: 'email', message: 'Invalid email address.' },
    ]);
  });

  it('leaves errors it cannot place to the banner', () => {
    expect(fieldErrorsFrom(refused('rest_invalid_json', 'Invalid JSON body passed.'))).toEqual([]);
    const server = new ApiError({ kind: 'server', status: 500, message: 'boom' });
    expect(fieldErrorsFrom(server)).toEqual([]);
    const metaOnly = refused('rest_invalid_param', 'Invalid parameter(s): meta_data', {
      meta_data: 'meta_data[0][key] is not of type string.',
    });
    const fields = fieldErrorsFrom(metaOnly).map((e) => e.field);
    expect(fields.filter((f) => isFormPath(f, emptyFormValues()))).toEqual([]);
  });
});
