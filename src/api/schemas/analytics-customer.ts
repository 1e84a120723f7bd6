import * as z from 'zod/mini';

// One row of WooCommerce Admin's customer index (`/wc-analytics/reports/customers`). Guests have
// `user_id: null` and no registration date. Money comes as JSON numbers here (the customers API
// sends strings). Dates: `date_registered`/`date_last_active` are site time with `_gmt` twins;
// `date_last_order` is site time, sometimes in SQL form with a space instead of the `T`.

const NullableText = z.optional(z.nullable(z.string()));
const NullableDate = NullableText;
// Stores with odd data send numbers as numeric strings; both are read as numbers.
const Amount = z.union([
  z.number(),
  z.pipe(z.string().check(z.regex(/^-?\d+(\.\d+)?$/)), z.transform(Number)),
]);

export const AnalyticsCustomerSchema = z.looseObject({
  id: z.int(),
  user_id: z.nullable(z.int()),
  username: NullableText,
  name: NullableText,
  email: NullableText,
  country: NullableText,
  city: NullableText,
  state: NullableText,
  postcode: NullableText,
  date_registered: NullableDate,
  date_registered_gmt: NullableDate,
  date_last_active: NullableDate,
  date_last_active_gmt: NullableDate,
  date_last_order: NullableDate,
  orders_count: Amount,
  total_spend: Amount,
  avg_order_value: Amount,
});

export type AnalyticsCustomer = z.infer<typeof AnalyticsCustomerSchema>;

export const AnalyticsCustomerListSchema = z.array(AnalyticsCustomerSchema);
