// Orders as the demo store keeps them: what `GET /orders` prints, in cents and epoch ms. Only
// what the customers' order history needs; no taxes, shipping lines, coupons or refunds.

import type { BillingAddress, ShippingAddress } from '../types.ts';

/** Every status WooCommerce 7.9 registers for orders (`wc_get_order_statuses()`, plus drafts). */
export const ORDER_STATUSES = [
  'pending',
  'processing',
  'on-hold',
  'completed',
  'cancelled',
  'refunded',
  'failed',
  'checkout-draft',
] as const;

/** `wc_get_is_paid_statuses()`: only these count towards a customer's total_spent. */
export const PAID_STATUSES: readonly string[] = ['processing', 'completed'];

export interface OrderItem {
  id: number;
  name: string;
  productId: number;
  sku: string;
  quantity: number;
  /** Line total in cents (no discounts, no tax). */
  totalCents: number;
}

export interface StoreOrder {
  id: number;
  /** The user id; WooCommerce sets it to 0 when the user is deleted (see order-book.ts). */
  customerId: number;
  status: string;
  currency: string;
  /** Epoch ms. */
  created: number;
  modified: number;
  paid: number | null;
  completed: number | null;
  orderKey: string;
  paymentMethod: string;
  paymentMethodTitle: string;
  createdVia: string;
  customerNote: string;
  billing: BillingAddress;
  shipping: ShippingAddress;
  items: OrderItem[];
}

export function orderTotalCents(order: StoreOrder): number {
  return order.items.reduce((sum, item) => sum + item.totalCents, 0);
}

const SYMBOLS: Record<string, string> = {
  EUR: '€',
  USD: '$',
  GBP: '£',
  CNY: '¥',
  JPY: '¥',
  CHF: 'CHF',
  SEK: 'kr',
  PLN: 'zł',
  INR: '₹',
};

/** `get_woocommerce_currency_symbol()`, decoded as the REST API prints it. */
export function currencySymbol(code: string): string {
  return SYMBOLS[code] ?? code;
}
