import * as z from 'zod/mini';
import { isWordPressEmail } from './wordpress-email';

// What we send. The single-customer endpoints validate on the server too, but the batch endpoint
// does not (an invalid email there blanks the address), so these are checked before sending.

/** An address WordPress's `is_email()` accepts (ASCII, dotted domain): what the store enforces. */
export const EmailSchema = z.string().check(z.refine(isWordPressEmail, 'Invalid email address.'));

const optionalText = z.optional(z.string());
const addressInput = {
  first_name: optionalText,
  last_name: optionalText,
  company: optionalText,
  address_1: optionalText,
  address_2: optionalText,
  city: optionalText,
  state: optionalText,
  postcode: optionalText,
  country: optionalText,
  phone: optionalText,
};

export const BillingAddressInputSchema = z.object({
  ...addressInput,
  // '' clears the billing email; anything else must be an address.
  email: z.optional(z.union([z.literal(''), EmailSchema])),
});
export const ShippingAddressInputSchema = z.object(addressInput);

/** Rows match by id, else by key (new keys are appended); `value: null` deletes the key in 9.x. */
export const MetaDataInputSchema = z.object({
  id: z.optional(z.number().check(z.int(), z.positive())),
  key: z.string().check(z.minLength(1)),
  value: z.json(),
});

/** No `id`: WooCommerce 9.x refuses it on create (woocommerce_rest_customer_exists). */
export const CustomerCreateInputSchema = z.object({
  email: EmailSchema,
  first_name: optionalText,
  last_name: optionalText,
  username: optionalText,
  password: optionalText,
  billing: z.optional(BillingAddressInputSchema),
  shipping: z.optional(ShippingAddressInputSchema),
  meta_data: z.optional(z.array(MetaDataInputSchema)),
});

/** A PUT sends only the fields given; the username cannot change (the store refuses it). */
export const CustomerUpdateInputSchema = z.partial(
  z.omit(CustomerCreateInputSchema, { username: true }),
);

export type CustomerCreateInput = z.input<typeof CustomerCreateInputSchema>;
export type CustomerUpdateInput = z.input<typeof CustomerUpdateInputSchema>;
