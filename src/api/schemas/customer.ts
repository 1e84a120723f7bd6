import * as z from 'zod/mini';
import type { ApiVersion } from '../client';
import {
  BillingAddressPartialSchema,
  BillingAddressSchema,
  ShippingAddressPartialSchema,
  ShippingAddressSchema,
} from './address';
import { MetaDataSchema } from './meta-data';

// Dates are the store's local time ("2017-03-07T00:37:03", no zone); null when WordPress has none.
const date = z.nullable(z.string());
const optionalDate = z.optional(date);
const int = z.number().check(z.int());
const optionalInt = z.optional(int);

const commonFields = {
  id: int,
  date_created: date,
  date_modified: date,
  email: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  username: z.string(),
  avatar_url: z.string(),
  billing: BillingAddressSchema,
  shipping: ShippingAddressSchema,
};

const LastOrderSchema = z.looseObject({
  id: z.nullable(int),
  date: date,
});

export const CustomerV1Schema = z.looseObject({
  ...commonFields,
  last_order: LastOrderSchema,
  orders_count: int,
  total_spent: z.string(),
});

const v2Fields = {
  ...commonFields,
  // The v2 Markdown docs omit the GMT dates that the rendered page and real stores have.
  date_created_gmt: optionalDate,
  date_modified_gmt: optionalDate,
  role: z.string(),
  is_paying_customer: z.boolean(),
  // From WooCommerce 9.7 only administrators' keys get meta_data.
  meta_data: z.optional(z.array(MetaDataSchema)),
};

export const CustomerV2Schema = z.looseObject({
  ...v2Fields,
  orders_count: int,
  total_spent: z.string(),
});

/** v3 dropped orders_count and total_spent in 7.9, but the published schema still lists them. */
export const CustomerV3Schema = z.looseObject({
  ...v2Fields,
  orders_count: optionalInt,
  total_spent: z.optional(z.string()),
});

/** Any version: the common fields required, the version-specific ones optional. */
export const CustomerSchema = z.looseObject({
  ...commonFields,
  last_order: z.optional(LastOrderSchema),
  orders_count: optionalInt,
  total_spent: z.optional(z.string()),
  date_created_gmt: optionalDate,
  date_modified_gmt: optionalDate,
  role: z.optional(z.string()),
  is_paying_customer: z.optional(z.boolean()),
  meta_data: z.optional(z.array(MetaDataSchema)),
});

export type Customer = z.infer<typeof CustomerSchema>;
export type CustomerV1 = z.infer<typeof CustomerV1Schema>;
export type CustomerV2 = z.infer<typeof CustomerV2Schema>;
export type CustomerV3 = z.infer<typeof CustomerV3Schema>;

const schemas = { v1: CustomerV1Schema, v2: CustomerV2Schema, v3: CustomerV3Schema } as const;

export function customerSchemaFor(version: ApiVersion): z.ZodMiniType<Customer> {
  return schemas[version];
}

// What `_fields=a,b` leaves: any subset of the fields, nested addresses included.
const partialAddresses = {
  billing: BillingAddressPartialSchema,
  shipping: ShippingAddressPartialSchema,
};
export const CustomerPartialSchema = z.partial(z.extend(CustomerSchema, partialAddresses));
export type CustomerPartial = z.infer<typeof CustomerPartialSchema>;

const partialSchemas = {
  v1: z.partial(z.extend(CustomerV1Schema, partialAddresses)),
  v2: z.partial(z.extend(CustomerV2Schema, partialAddresses)),
  v3: z.partial(z.extend(CustomerV3Schema, partialAddresses)),
} as const;

export function customerPartialSchemaFor(version: ApiVersion): z.ZodMiniType<CustomerPartial> {
  return partialSchemas[version];
}
