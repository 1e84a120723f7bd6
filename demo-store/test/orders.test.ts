import { describe, expect, it } from 'vitest';
import { summarize } from '../orders/seed-orders.ts';
import { call as rawCall, list, makeStore, obj, type CallOptions } from './helpers.ts';

type Query = Record<string, string | number | boolean>;

/** `call` with a query object, which the helper takes inside the path. */
function call(
  store: ReturnType<typeof makeStore>,
  path: string,
  options: CallOptions & { query?: Query } = {},
) {
  const { query = {}, ...rest } = options;
  const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  const qs = search.toString();
  return rawCall(store, qs ? `${path}?${qs}` : path, rest);
}

const V3_KEYS =
  'id parent_id status currency version prices_include_tax date_created date_modified discount_total discount_tax shipping_total shipping_tax cart_tax total total_tax customer_id order_key billing shipping payment_method payment_method_title transaction_id customer_ip_address customer_user_agent created_via customer_note date_completed date_paid cart_hash number meta_data line_items tax_lines shipping_lines fee_lines coupon_lines refunds payment_url is_editable needs_payment needs_processing date_created_gmt date_modified_gmt date_completed_gmt date_paid_gmt currency_symbol _links';
const V1_KEYS =
  'id parent_id status order_key number currency version prices_include_tax date_created date_modified customer_id discount_total discount_tax shipping_total shipping_tax cart_tax total total_tax billing shipping payment_method payment_method_title transaction_id customer_ip_address customer_user_agent created_via customer_note date_completed date_paid cart_hash line_items tax_lines shipping_lines fee_lines coupon_lines refunds _links';

function buyer(store: ReturnType<typeof makeStore>, minOrders = 3) {
  for (const id of store.db.ordered('id')) {
    const user = store.db.get(id);
    if (user && user.ordersCount >= minOrders && user.isPayingCustomer) return user;
  }
  throw new Error('no buyer with that many orders in the seed');
}

describe('orders', () => {
  it('seeds every customer orders that add up to orders_count, total_spent and last_order', () => {
    const store = makeStore({ customers: 300 });
    let buyers = 0;
    const ids = new Set<number>();
    for (const id of store.db.ordered('id')) {
      const user = store.db.get(id);
      if (!user) continue;
      const orders = store.state.orders.ofCustomer(user.id);
      expect(summarize(orders)).toEqual({ count: user.ordersCount, totalSpent: user.totalSpent });
      if (orders.length === 0) continue;
      buyers += 1;
      const last = orders.at(-1);
      expect(last?.id).toBe(user.lastOrder?.id);
      expect(last?.created).toBe(user.lastOrder?.date);
      for (const [i, order] of orders.entries()) {
        expect(ids.has(order.id)).toBe(false);
        ids.add(order.id);
        if (i > 0) expect(order.created).toBeGreaterThanOrEqual(orders[i - 1]?.created ?? 0);
        expect(order.created).toBeGreaterThan(user.registered);
      }
    }
    expect(buyers).toBeGreaterThan(50);
    // Download grants point at real orders with the same key.
    for (const id of store.db.ordered('id')) {
      for (const grant of store.db.get(id)?.downloads ?? []) {
        expect(store.state.orders.get(grant.orderId)?.orderKey).toBe(grant.orderKey);
      }
    }
  });

  it.each([
    ['v1', V1_KEYS],
    ['v2', V3_KEYS],
    ['v3', V3_KEYS],
  ])('%s lists a customer’s orders newest first, with the real store’s fields', async (v, keys) => {
    const store = makeStore();
    const user = buyer(store);
    const result = await call(store, `/wp-json/wc/${v}/orders`, {
      query: { customer: user.id, per_page: 2 },
    });
    expect(result.status).toBe(200);
    expect(result.headers.get('X-WP-Total')).toBe(String(user.ordersCount));
    expect(result.headers.get('X-WP-TotalPages')).toBe(String(Math.ceil(user.ordersCount / 2)));
    expect(result.headers.get('Link')).toContain('rel="next"');
    const items = list(result.body);
    expect(items).toHaveLength(2);
    expect(Object.keys(items[0] ?? {})).toEqual(keys.split(' '));
    expect(items[0]?.id).toBe(user.lastOrder?.id);
    expect(items[0]?.customer_id).toBe(user.id);
    expect(String(items[0]?.date_created) > String(items[1]?.date_created)).toBe(true);
  });

  it('trims with _fields, pages, sorts by id and filters by status', async () => {
    const store = makeStore();
    const user = buyer(store, 4);
    const q = { customer: user.id, _fields: 'id,status,line_items', orderby: 'id', order: 'asc' };
    const all = list(
      (await call(store, '/wp-json/wc/v3/orders', { query: { ...q, per_page: 100 } })).body,
    );
    expect(all.map((o) => Object.keys(o))).toEqual(all.map(() => ['id', 'status', 'line_items']));
    const ids = all.map((o) => Number(o.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const page2 = list(
      (await call(store, '/wp-json/wc/v3/orders', { query: { ...q, per_page: 2, page: 2 } })).body,
    );
    expect(page2.map((o) => o.id)).toEqual(ids.slice(2, 4));
    const completed = list(
      (
        await call(store, '/wp-json/wc/v3/orders', {
          query: { ...q, status: 'completed', per_page: 100 },
        })
      ).body,
    );
    expect(completed.every((o) => o.status === 'completed')).toBe(true);
  });

  it('leaves line_items out when _fields names only line_items.quantity (v2/v3), [] over v1', async () => {
    const store = makeStore();
    const user = buyer(store, 1);
    const query = {
      customer: user.id,
      _fields: 'id,line_items.quantity,billing.city',
      per_page: 1,
    };
    const v3 = list((await call(store, '/wp-json/wc/v3/orders', { query })).body);
    expect(Object.keys(v3[0] ?? {})).toEqual(['id', 'billing']);
    const v1 = list((await call(store, '/wp-json/wc/v1/orders', { query })).body);
    expect(v1[0]?.line_items).toEqual([]);
  });

  it('refuses what WooCommerce refuses, before the permission check', async () => {
    const store = makeStore();
    const bad = await call(store, '/wp-json/wc/v3/orders', {
      query: { per_page: 101 },
      auth: 'none',
    });
    expect(bad.status).toBe(400);
    expect(obj(obj(bad.body).data).params).toEqual({
      per_page: 'per_page must be between 1 (inclusive) and 100 (inclusive)',
    });
    const orderby = await call(store, '/wp-json/wc/v3/orders', { query: { orderby: 'name' } });
    expect(obj(obj(orderby.body).data).params).toEqual({
      orderby: 'orderby is not one of date, id, include, title, slug, and modified.',
    });
    const customer = await call(store, '/wp-json/wc/v3/orders', { query: { customer: 'abc' } });
    expect(obj(customer.body).code).toBe('rest_invalid_param');
    const anonymous = await call(store, '/wp-json/wc/v3/orders', { auth: 'none' });
    expect([anonymous.status, obj(anonymous.body).code]).toEqual([
      401,
      'woocommerce_rest_cannot_view',
    ]);
    const missing = await call(store, '/wp-json/wc/v3/orders/999999');
    expect([missing.status, obj(missing.body).code]).toEqual([
      404,
      'woocommerce_rest_shop_order_invalid_id',
    ]);
  });

  it('lets the read-only key read, and keeps a deleted customer’s orders as a guest’s', async () => {
    const store = makeStore();
    const user = buyer(store);
    const read = await call(store, '/wp-json/wc/v3/orders', {
      query: { customer: user.id },
      key: 'ck_read_1111111111111111111111111111111111111111',
      secret: 'cs_read_1111111111111111111111111111111111111111',
    });
    expect(read.status).toBe(200);
    const orderId = user.lastOrder?.id ?? 0;
    await call(store, `/wp-json/wc/v3/customers/${user.id}`, {
      method: 'DELETE',
      query: { force: true },
    });
    const after = await call(store, '/wp-json/wc/v3/orders', { query: { customer: user.id } });
    expect(list(after.body)).toEqual([]);
    const order = await call(store, `/wp-json/wc/v3/orders/${orderId}`);
    expect(obj(order.body).customer_id).toBe(0);
  });
});
