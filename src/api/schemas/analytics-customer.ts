import { z } from 'zod';

// One row of WooCommerce Admin's customer index (`/wc-analytics/reports/customers`). Guests have
// `user_id: null` and no registration date. Money comes as JSON numbers here (the customers API
// sends strings). Dates: `date_registered`/`date_last_active` are site time with `_gmt` twins;
// `date_last_order` is site time, sometimes in SQL form with a space instead of the `T`.

const NullableDate = z.string().nullable().optional();
// Stores with odd data send numbers as numeric strings; both are read as numbers.
const Amount = z.union([
  z.number(),
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/)
    .transform(Number),
]);

export const AnalyticsCustomerSchema = z.looseObject({
  id: z.int(),
  user_id: z.int().nullable(),
  username: z.string().nullable().optional(),
  name: z.string().nullable().optional(),
  email: z.string().nullable().optional(),
  country: z.string().nullable().optional(),
  city: z.string().nullable().optional(),
  state: z.string().nullable().optional(),
  postcode: z.string().nullable().optional(),
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
