import * as z from 'zod/mini';
import { EmailSchema } from '../../api/schemas/customer-input';
import type { CustomerFormValues } from './form-values';

// The rules WooCommerce enforces on a single-customer write, checked before sending so the user
// sees them at once (and because the batch endpoint enforces none of them). Messages are keys
// under `customerForm.errors`; the server's own messages arrive as plain text instead.

/** WordPress's `user_login` column holds 60 characters. */
export const USERNAME_MAX_LENGTH = 60;

const isEmail = (value: string) => EmailSchema.safeParse(value).success;

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

const AddressSchema = z.object({
  first_name: z.string(),
  last_name: z.string(),
  company: z.string(),
  address_1: z.string(),
  address_2: z.string(),
  city: z.string(),
  state: z.string(),
  postcode: z.string(),
  country: z.string(),
  phone: z.string(),
});

const MetaRowSchema = z
  .object({
    id: z.optional(z.number().check(z.int(), z.positive())),
    key: z.string().check(z.trim(), z.minLength(1, 'metaKeyRequired')),
    value: z.string(),
    kind: z.enum(['text', 'json']),
  })
  .check(
    z.refine((row) => row.kind === 'text' || isJson(row.value), {
      message: 'invalidJson',
      path: ['value'],
    }),
  );

export const CustomerFormSchema = z
  .object({
    email: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, { message: 'emailRequired', abort: true }),
        z.refine(isEmail, 'invalidEmail'),
      ),
    first_name: z.string(),
    last_name: z.string(),
    username: z.string().check(z.trim(), z.maxLength(USERNAME_MAX_LENGTH, 'usernameTooLong')),
    password: z.string(),
    // WooCommerce checks the billing email's format (rest_invalid_param) but accepts it empty.
    billing: z.extend(AddressSchema, {
      email: z.string().check(
        z.trim(),
        z.refine((value) => value === '' || isEmail(value), 'invalidEmail'),
      ),
    }),
    shipping: AddressSchema,
    meta_data: z.array(MetaRowSchema),
  })
  .check(
    z.superRefine((values, ctx) => {
      // Rows match by id, else by key: two new rows with one key would silently become one.
      const seen = new Set<string>();
      values.meta_data.forEach((row, index) => {
        const key = row.key.trim();
        if (key && seen.has(key))
          ctx.addIssue({
            code: 'custom',
            message: 'duplicateMetaKey',
            path: ['meta_data', index, 'key'],
          });
        seen.add(key);
      });
    }),
  ) satisfies z.ZodMiniType<CustomerFormValues, CustomerFormValues>;

/** Characters WordPress's sanitize_user() strips without saying so (strict mode). */
const USERNAME_STRIPPED = /[^a-zA-Z0-9 _.\-@]/u;
/** A phone number is free text to WooCommerce; letters usually mean a typo or a pasted note. */
const PHONE_LOOKS_ODD = /[^\d\s()+\-./#x*ext]/iu;

export type FormWarningKey = 'usernameStripped' | 'phoneUnusual' | 'internalMetaKey';

/**
 * What WooCommerce accepts but a careful person would want to know about. Warnings never block:
 * a store's real data is messy, and refusing what the store accepts would only get in the way.
 */
export function formWarnings(values: CustomerFormValues): Map<string, FormWarningKey> {
  const warnings = new Map<string, FormWarningKey>();
  if (USERNAME_STRIPPED.test(values.username)) warnings.set('username', 'usernameStripped');
  if (PHONE_LOOKS_ODD.test(values.billing.phone)) warnings.set('billing.phone', 'phoneUnusual');
  if (PHONE_LOOKS_ODD.test(values.shipping.phone)) warnings.set('shipping.phone', 'phoneUnusual');
  values.meta_data.forEach((row, index) => {
    if (row.key.trim().startsWith('_')) warnings.set(`meta_data.${index}.key`, 'internalMetaKey');
  });
  return warnings;
}
