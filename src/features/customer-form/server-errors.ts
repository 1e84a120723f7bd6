import type { ApiError } from '../../api/errors';
import type { CustomerFormValues } from './form-values';

// Where a refused write belongs on the form. WooCommerce names the field in two ways: by error code
// (duplicate email, duplicate username…) or, for schema checks, in `data.params` keyed by the
// top-level argument (`billing`, `email`, `meta_data`…), with the explanation as the value.

type FieldPath =
  | 'email'
  | 'username'
  | 'password'
  | 'first_name'
  | 'last_name'
  | 'billing.email'
  | 'billing'
  | 'shipping'
  | 'meta_data';

export interface FieldError {
  field: FieldPath | `${'billing' | 'shipping'}.${string}`;
  message: string;
}

const FIELD_BY_CODE: Record<string, FieldPath> = {
  'registration-error-email-exists': 'email',
  'registration-error-invalid-email': 'email',
  customer_invalid_email: 'email',
  woocommerce_rest_customer_invalid_email: 'email',
  rest_missing_callback_param: 'email',
  'registration-error-username-exists': 'username',
  woocommerce_rest_customer_invalid_argument: 'username',
};

const FIELD_BY_PARAM: Record<string, FieldPath> = {
  email: 'email',
  username: 'username',
  password: 'password',
  first_name: 'first_name',
  last_name: 'last_name',
  billing: 'billing',
  shipping: 'shipping',
  meta_data: 'meta_data',
};

/** `billing[email] is not a valid email address.` → billing.email */
function nestedField(param: 'billing' | 'shipping', message: string): FieldError['field'] {
  const match = /\[(\w+)\]/u.exec(message);
  return match
    ? `${param}.${match[1]}`
    : param === 'billing' && /e-?mail/iu.test(message)
      ? 'billing.email'
      : param;
}

/** Field errors for the form; an empty list means "show it in the banner instead". */
export function fieldErrorsFrom(error: ApiError): FieldError[] {
  if (error.kind !== 'validation') return [];
  const byCode = error.code ? FIELD_BY_CODE[error.code] : undefined;
  if (byCode && !error.params) return [{ field: byCode, message: error.message }];
  const found: FieldError[] = [];
  for (const [param, message] of Object.entries(error.params ?? {})) {
    const field = FIELD_BY_PARAM[param];
    if (!field) continue;
    found.push({
      field: field === 'billing' || field === 'shipping' ? nestedField(field, message) : field,
      message,
    });
  }
  if (!found.length && byCode) found.push({ field: byCode, message: error.message });
  return found;
}

/** The paths react-hook-form can show an error on; the rest go to the form's banner. */
export function isFormPath(field: string, values: CustomerFormValues): boolean {
  const [head, sub] = field.split('.');
  if (head === 'billing' || head === 'shipping') return sub !== undefined && sub in values[head];
  return head !== undefined && head in values && head !== 'meta_data';
}
