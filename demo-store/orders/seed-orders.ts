// A seeded customer's order history, made when first asked for, from the summary the seed gave
// the customer (orders_count, total_spent, is_paying_customer, last_order) so the orders always
// add up to it: `orders_count` counts every order, `total_spent` only the paid ones (processing,
// completed), and the last order is `last_order`. The seed reserves the ids just below each
// customer's last order id for their earlier orders, so a customer's ids grow with their dates.

import { formatCents, makeOrderKey } from '../seed-activity.ts';
import { SEED_END } from '../seed.ts';
import { createRandom, type Random } from '../seed-random.ts';
import type { StoreUser } from '../types.ts';
import type { OrderItem, StoreOrder } from './order-types.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;

const PRODUCTS = [
  { id: 21, name: 'Linen shirt', sku: 'LS-01' },
  { id: 22, name: 'Merino beanie', sku: 'MB-02' },
  { id: 23, name: 'Canvas tote bag', sku: 'CT-03' },
  { id: 24, name: 'Espresso cups (set of 4)', sku: 'EC-04' },
  { id: 25, name: 'Leather notebook', sku: 'LN-05' },
  { id: 26, name: 'Trail running shoes', sku: 'TR-06' },
  { id: 27, name: 'Green tea, 100 g', sku: 'GT-07' },
  { id: 28, name: 'Wool scarf', sku: 'WS-08' },
  { id: 29, name: 'Cookbook: Seasonal Kitchen', sku: '' },
  { id: 30, name: 'Ceramic vase', sku: 'CV-10' },
] as const;

const PAYMENTS = [
  ['stripe', 'Credit Card (Stripe)'],
  ['stripe', 'Credit Card (Stripe)'],
  ['ppcp-gateway', 'PayPal'],
  ['ppcp-gateway', 'PayPal'],
  ['bacs', 'Direct bank transfer'],
  ['cod', 'Cash on delivery'],
  ['cheque', 'Check payments'],
] as const;

/** Statuses of orders that were never paid, or paid and then given back. */
const UNPAID = ['pending', 'failed', 'cancelled', 'cancelled', 'on-hold', 'refunded'] as const;

/** A multi-currency plugin charged some customers in their own currency. */
const LOCAL_CURRENCY: Record<string, string> = {
  GB: 'GBP',
  US: 'USD',
  CN: 'CNY',
  JP: 'JPY',
  CH: 'CHF',
  SE: 'SEK',
  PL: 'PLN',
  IN: 'INR',
};

/** Splits `total` into `parts` positive amounts with some spread. */
function split(random: Random, total: number, parts: number): number[] {
  if (parts <= 0) return [];
  const weights = Array.from({ length: parts }, () => 0.4 + random.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.max(1, Math.floor((total * w) / sum)));
  const rest = total - out.reduce((a, b) => a + b, 0);
  out[parts - 1] = Math.max(1, (out[parts - 1] ?? 0) + rest);
  return out;
}

function makeItems(random: Random, orderId: number, cents: number): OrderItem[] {
  const count = cents < 2_000 ? 1 : random.int(1, 3);
  const totals = split(random, cents, count);
  // Item ids grow with order ids, as WooCommerce's order item table allocates them.
  return totals.map((totalCents, index) => {
    const product = random.pick(PRODUCTS);
    return {
      id: (orderId - 1000) * 3 + index,
      name: product.name,
      productId: product.id,
      sku: product.sku,
      quantity: random.chance(0.7) ? 1 : random.int(2, 4),
      totalCents,
    };
  });
}

/** The orders of one seeded customer, oldest first; none when they never ordered. */
export function seedOrdersOf(user: StoreUser, seed: number, storeCurrency: string): StoreOrder[] {
  const last = user.lastOrder;
  const count = user.ordersCount;
  if (!last || count < 1) return [];
  const random = createRandom((seed * 31 + user.id * 7919) ^ 0x0d3e5);
  const totalCents = Math.round(Number(user.totalSpent) * 100) || 0;
  const unpaid = !user.isPayingCustomer
    ? count
    : count > 1 && random.chance(0.2)
      ? random.int(1, Math.min(3, count - 1))
      : 0;
  const paidCount = count - unpaid;
  // Which orders went unpaid: any of them, the last one included.
  const unpaidAt = new Set<number>();
  while (unpaidAt.size < unpaid) unpaidAt.add(random.int(0, count - 1));
  const paidTotals = split(random, totalCents, paidCount);
  // Earlier orders fall between registering and the last order, in order.
  const from = user.registered + MINUTE;
  const dates = Array.from(
    { length: count - 1 },
    () => Math.floor((from + random.next() * Math.max(0, last.date - from)) / 1000) * 1000,
  ).sort((a, b) => a - b);
  dates.push(last.date);
  const currency =
    random.chance(0.08) && LOCAL_CURRENCY[user.billing.country]
      ? (LOCAL_CURRENCY[user.billing.country] ?? storeCurrency)
      : storeCurrency;
  const grantKey = user.downloads.find((grant) => grant.orderId === last.id)?.orderKey;
  const [method, title] = random.pick(PAYMENTS);
  const orders: StoreOrder[] = [];
  let paidIndex = 0;
  for (let index = 0; index < count; index += 1) {
    const id = last.id - (count - 1 - index);
    const created = dates[index] ?? last.date;
    const isPaid = !unpaidAt.has(index);
    // Paid orders of the last days before the seed's end are still being processed.
    const status = isPaid
      ? SEED_END - created < 10 * DAY
        ? 'processing'
        : 'completed'
      : random.pick(UNPAID);
    const cents = isPaid ? (paidTotals[paidIndex++] ?? 0) : random.int(499, 34_999);
    const paid = isPaid || status === 'refunded' ? created + random.int(1, 10) * MINUTE : null;
    const completed = status === 'completed' ? created + random.int(1, 5) * DAY : null;
    const modified = Math.max(created, paid ?? 0, completed ?? 0) + random.int(0, 3) * MINUTE;
    // Most people pay the same way every time.
    const [paymentMethod, paymentMethodTitle] = random.chance(0.8)
      ? [method, title]
      : random.pick(PAYMENTS);
    const key = id === last.id && grantKey ? grantKey : makeOrderKey(random);
    orders.push({
      id,
      customerId: user.id,
      status,
      currency,
      created,
      modified,
      paid,
      completed,
      orderKey: key,
      paymentMethod,
      paymentMethodTitle,
      createdVia: 'checkout',
      customerNote: random.chance(0.05) ? 'Please leave the parcel with a neighbour.' : '',
      billing: { ...user.billing },
      shipping: { ...user.shipping },
      items: makeItems(random, id, cents),
    });
  }
  return orders;
}

/** What the seeded orders add up to, for tests: count, paid total as WooCommerce prints it. */
export function summarize(orders: readonly StoreOrder[]): { count: number; totalSpent: string } {
  let cents = 0;
  for (const order of orders) {
    if (order.status === 'processing' || order.status === 'completed')
      cents += order.items.reduce((sum, item) => sum + item.totalCents, 0);
  }
  return { count: orders.length, totalSpent: formatCents(cents) };
}
