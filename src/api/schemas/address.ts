import * as z from 'zod/mini';

/** The fields every address has, billing and shipping alike (phone and email vary). */
export const ADDRESS_LINE_FIELDS = [
  'first_name',
  'last_name',
  'company',
  'address_1',
  'address_2',
  'city',
  'state',
  'postcode',
  'country',
] as const;

function shapeOf<S extends z.ZodMiniType>(
  schema: S,
): Record<(typeof ADDRESS_LINE_FIELDS)[number], S> {
  return Object.fromEntries(ADDRESS_LINE_FIELDS.map((f) => [f, schema])) as Record<
    (typeof ADDRESS_LINE_FIELDS)[number],
    S
  >;
}

// Every field defaults to '' rather than failing: a plugin that drops one address line must not
// make the whole customer unreadable, and the forms treat '' as "empty" anyway.
const text = z._default(z.string(), '');

export const BillingAddressSchema = z.looseObject({ ...shapeOf(text), email: text, phone: text });

/** `phone` exists on shipping addresses only in newer WooCommerce (5.6+). */
export const ShippingAddressSchema = z.looseObject({
  ...shapeOf(text),
  phone: z.optional(z.string()),
});

// For objects trimmed by `_fields=billing.city`: no defaults, so "not sent" stays visible.
const optionalText = z.optional(z.string());
export const BillingAddressPartialSchema = z.looseObject({
  ...shapeOf(optionalText),
  email: optionalText,
  phone: optionalText,
});
export const ShippingAddressPartialSchema = z.looseObject({
  ...shapeOf(optionalText),
  phone: optionalText,
});

export type BillingAddress = z.infer<typeof BillingAddressSchema>;
export type ShippingAddress = z.infer<typeof ShippingAddressSchema>;
