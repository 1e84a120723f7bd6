import * as z from 'zod/mini';

// One order as the customer's order history requests it (`_fields` trimmed, see
// endpoints/orders.ts). Every version sends these; v1 has no `date_created_gmt` and prints
// `date_created` in GMT. Unknown fields are kept, and odd values a plugin may send (a number
// where a string is documented) are read rather than refused.

const Money = z.pipe(z.union([z.string(), z.number()]), z.transform(String));

export const OrderLineSchema = z.looseObject({
  quantity: z.union([
    z.number(),
    z.pipe(z.string().check(z.regex(/^-?\d+(\.\d+)?$/)), z.transform(Number)),
  ]),
});

export const OrderSummarySchema = z.looseObject({
  id: z.int(),
  number: z.optional(Money),
  status: z.string(),
  currency: z.optional(z.string()),
  date_created: z.nullable(z.string()),
  date_created_gmt: z.optional(z.nullable(z.string())),
  total: Money,
  payment_method_title: z.optional(z.string()),
  line_items: z.optional(z.array(OrderLineSchema)),
});

export type OrderSummary = z.infer<typeof OrderSummarySchema>;

export const OrderSummaryListSchema = z.array(OrderSummarySchema);

/** Items in an order: the sum of its lines' quantities. */
export function orderItemCount(order: OrderSummary): number | undefined {
  return order.line_items?.reduce((sum, line) => sum + line.quantity, 0);
}
