import { z } from 'zod';

// One order as the customer's order history requests it (`_fields` trimmed, see
// endpoints/orders.ts). Every version sends these; v1 has no `date_created_gmt` and prints
// `date_created` in GMT. Unknown fields are kept, and odd values a plugin may send (a number
// where a string is documented) are read rather than refused.

const Money = z.union([z.string(), z.number()]).transform(String);

export const OrderLineSchema = z.looseObject({
  quantity: z.union([
    z.number(),
    z
      .string()
      .regex(/^-?\d+(\.\d+)?$/)
      .transform(Number),
  ]),
});

export const OrderSummarySchema = z.looseObject({
  id: z.int(),
  number: z.union([z.string(), z.number()]).transform(String).optional(),
  status: z.string(),
  currency: z.string().optional(),
  date_created: z.string().nullable(),
  date_created_gmt: z.string().nullable().optional(),
  total: Money,
  payment_method_title: z.string().optional(),
  line_items: z.array(OrderLineSchema).optional(),
});

export type OrderSummary = z.infer<typeof OrderSummarySchema>;

export const OrderSummaryListSchema = z.array(OrderSummarySchema);

/** Items in an order: the sum of its lines' quantities. */
export function orderItemCount(order: OrderSummary): number | undefined {
  return order.line_items?.reduce((sum, line) => sum + line.quantity, 0);
}
