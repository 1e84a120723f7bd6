import { isApiError } from '../../api/errors';

// 7.9 answers a missing id with 404 woocommerce_rest_invalid_id, 9.x with wc_user_invalid_id, and
// the downloads route with woocommerce_rest_customer_invalid. Any of them means "gone".
const MISSING_CODES = new Set([
  'woocommerce_rest_invalid_id',
  'wc_user_invalid_id',
  'woocommerce_rest_customer_invalid',
]);

export function isCustomerMissing(error: unknown): boolean {
  if (!isApiError(error)) return false;
  return error.kind === 'not_found' || (error.code !== undefined && MISSING_CODES.has(error.code));
}
