import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/errors';
import { isCustomerMissing } from './is-customer-missing';

describe('isCustomerMissing', () => {
  it('treats 7.9, 9.x and downloads "not found" answers alike', () => {
    for (const code of [
      'woocommerce_rest_invalid_id',
      'wc_user_invalid_id',
      'woocommerce_rest_customer_invalid',
    ]) {
      expect(
        isCustomerMissing(new ApiError({ kind: 'not_found', status: 404, code, message: 'x' })),
      ).toBe(true);
    }
    // A 400 woocommerce_rest_invalid_id (update of a missing id) means the same.
    expect(
      isCustomerMissing(
        new ApiError({
          kind: 'validation',
          status: 400,
          code: 'woocommerce_rest_invalid_id',
          message: 'x',
        }),
      ),
    ).toBe(true);
  });

  it('does not take other failures for a missing customer', () => {
    expect(isCustomerMissing(new ApiError({ kind: 'server', status: 500, message: 'x' }))).toBe(
      false,
    );
    expect(isCustomerMissing(new ApiError({ kind: 'network', message: 'x' }))).toBe(false);
    expect(isCustomerMissing(new Error('boom'))).toBe(false);
    expect(isCustomerMissing(undefined)).toBe(false);
  });
});
