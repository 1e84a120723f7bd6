import { storeCall, type StoreTarget } from './store-target.ts';

// Orders for the corpus's order cases. The real store gets a product, a customer with three orders
// (three statuses, two currencies, made a second apart so "newest first" has no ties) and one
// without any, all through its REST API; the demo store is then given the very same customers and
// orders (same ids, dates and keys) through its data file, since it serves orders read-only. So
// the cases compare how each store lists, pages, trims and refuses, not two different histories.
// The emails are @diff-orders.test, which the customer cases' `search=diff.test` does not match.

const DOMAIN = 'diff-orders.test';
const PRODUCT = 'Diff orders product';
const SKU = 'DIFF-ORD-1';

interface RealCustomer {
  id: number;
  email: string;
  username: string;
  first_name: string;
  last_name: string;
  date_created_gmt: string;
  billing: Record<string, string>;
  shipping: Record<string, string>;
}

interface RealOrder {
  id: number;
  customer_id: number;
  status: string;
  currency: string;
  order_key: string;
  date_created_gmt: string;
  date_modified_gmt: string;
  date_paid_gmt: string | null;
  date_completed_gmt: string | null;
  payment_method: string;
  payment_method_title: string;
  created_via: string;
  customer_note: string;
  billing: Record<string, string>;
  shipping: Record<string, string>;
  line_items: {
    id: number;
    name: string;
    product_id: number;
    sku: string;
    quantity: number;
    total: string;
  }[];
}

export interface OrdersSetup {
  customers: { olga: RealCustomer; petra: RealCustomer };
  /**
   * What the orders changed on the customer besides the totals (the paying flag from status
   * hooks, last_update, a meta row), taken from the real store as it is.
   */
  olgaAfter: {
    is_paying_customer: boolean;
    date_modified_gmt: string | null;
    meta_data: { id: number; key: string; value: unknown }[];
  };
  orders: RealOrder[];
  productId: number;
}

const address = {
  first_name: 'Olga',
  last_name: 'Orders',
  company: '',
  address_1: 'Rua Augusta 1',
  address_2: '',
  city: 'Lisboa',
  state: '',
  postcode: '1100-048',
  country: 'PT',
};

const PLAN = [
  { status: 'completed', currency: 'EUR', quantity: 3, payment: ['bacs', 'Direct bank transfer'] },
  { status: 'processing', currency: 'GBP', quantity: 1, payment: ['cod', 'Cash on delivery'] },
  { status: 'pending', currency: 'EUR', quantity: 2, payment: ['cheque', 'Check payments'] },
] as const;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What an earlier, interrupted run left: this setup's customers, their orders, its product. */
export async function removeOrderLeftovers(real: StoreTarget): Promise<void> {
  const customers = await storeCall<{ id: number }[]>(real, 'GET', 'customers', undefined, {
    search: DOMAIN,
    role: 'all',
    per_page: 100,
  });
  for (const customer of customers) {
    const orders = await storeCall<{ id: number }[]>(real, 'GET', 'orders', undefined, {
      customer: customer.id,
      per_page: 100,
      _fields: 'id',
    });
    for (const order of orders)
      await storeCall(real, 'DELETE', `orders/${order.id}`, undefined, { force: 'true' });
    await storeCall(real, 'DELETE', `customers/${customer.id}`, undefined, { force: 'true' });
  }
  const products = await storeCall<{ id: number; name: string }[]>(
    real,
    'GET',
    'products',
    undefined,
    // By SKU: a name with spaces is signed with %20 but read by PHP from '+', so OAuth fails.
    { sku: SKU, per_page: 100 },
  );
  for (const product of products)
    await storeCall(real, 'DELETE', `products/${product.id}`, undefined, { force: 'true' });
}

export async function setUpOrders(real: StoreTarget): Promise<OrdersSetup> {
  await removeOrderLeftovers(real);
  const product = await storeCall<{ id: number }>(real, 'POST', 'products', {
    name: PRODUCT,
    regular_price: '12.50',
    sku: SKU,
  });
  const olga = await storeCall<RealCustomer>(real, 'POST', 'customers', {
    email: `olga@${DOMAIN}`,
    first_name: 'Olga',
    last_name: 'Orders',
    billing: { ...address, email: `olga@${DOMAIN}`, phone: '' },
    shipping: address,
  });
  const petra = await storeCall<RealCustomer>(real, 'POST', 'customers', {
    email: `petra@${DOMAIN}`,
    first_name: 'Petra',
  });
  const orders: RealOrder[] = [];
  for (const plan of PLAN) {
    // A second apart: orders made in the same second tie on `orderby=date`, which MySQL leaves open.
    if (orders.length > 0) await pause(1100);
    orders.push(
      await storeCall<RealOrder>(real, 'POST', 'orders', {
        customer_id: olga.id,
        status: plan.status,
        currency: plan.currency,
        payment_method: plan.payment[0],
        payment_method_title: plan.payment[1],
        set_paid: false,
        billing: { ...address, email: `olga@${DOMAIN}`, phone: '' },
        shipping: address,
        line_items: [{ product_id: product.id, quantity: plan.quantity }],
      }),
    );
  }
  const after = await storeCall<OrdersSetup['olgaAfter']>(real, 'GET', `customers/${olga.id}`);
  return {
    customers: { olga, petra },
    olgaAfter: after,
    orders,
    productId: product.id,
  };
}

export async function tearDownOrders(real: StoreTarget, setup: OrdersSetup): Promise<void> {
  for (const order of setup.orders)
    await storeCall(real, 'DELETE', `orders/${order.id}`, undefined, { force: 'true' });
  await storeCall(real, 'DELETE', `products/${setup.productId}`, undefined, { force: 'true' });
  for (const customer of Object.values(setup.customers))
    await storeCall(real, 'DELETE', `customers/${customer.id}`, undefined, { force: 'true' });
}

const PAID = ['processing', 'completed'];

function cents(amount: string): number {
  return Math.round(Number(amount) * 100);
}

/**
 * The same customers and orders in the demo store's data-file form. The customers' v1/v2 totals
 * follow WooCommerce's rule rather than being copied: every order counts, only paid ones spend.
 */
export function demoOrderData(setup: OrdersSetup) {
  const { olga, petra } = setup.customers;
  const spent = setup.orders
    .filter((order) => PAID.includes(order.status))
    .reduce(
      (sum, order) => sum + order.line_items.reduce((s, line) => s + cents(line.total), 0),
      0,
    );
  const last = setup.orders.at(-1);
  const user = (c: RealCustomer, extra: Record<string, unknown>) => ({
    id: c.id,
    username: c.username,
    email: c.email,
    first_name: c.first_name,
    last_name: c.last_name,
    display_name: [c.first_name, c.last_name].filter(Boolean).join(' ') || c.username,
    date_created: c.date_created_gmt,
    billing: c.billing,
    shipping: c.shipping,
    ...extra,
  });
  return {
    users: [
      user(olga, {
        orders_count: setup.orders.length,
        total_spent: (spent / 100).toFixed(2),
        is_paying_customer: setup.olgaAfter.is_paying_customer,
        date_modified: setup.olgaAfter.date_modified_gmt,
        meta_data: setup.olgaAfter.meta_data,
        last_order: last ? { id: last.id, date: last.date_created_gmt } : null,
      }),
      user(petra, {}),
    ],
    orders: setup.orders.map((order) => ({
      id: order.id,
      customer_id: order.customer_id,
      status: order.status,
      currency: order.currency,
      order_key: order.order_key,
      date_created: order.date_created_gmt,
      date_modified: order.date_modified_gmt,
      date_paid: order.date_paid_gmt,
      date_completed: order.date_completed_gmt,
      payment_method: order.payment_method,
      payment_method_title: order.payment_method_title,
      created_via: order.created_via,
      customer_note: order.customer_note,
      billing: order.billing,
      shipping: order.shipping,
      line_items: order.line_items.map((line) => ({
        id: line.id,
        name: line.name,
        product_id: line.product_id,
        sku: line.sku,
        quantity: line.quantity,
        total: line.total,
      })),
    })),
  };
}
