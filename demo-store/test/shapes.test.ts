import { describe, expect, it } from 'vitest';
import { HTTP, HTTPS, call, list, makeStore, obj, payingCustomer } from './helpers.ts';

const BILLING = [
  'first_name',
  'last_name',
  'company',
  'address_1',
  'address_2',
  'city',
  'state',
  'postcode',
  'country',
  'email',
  'phone',
];
const SHIPPING = [
  'first_name',
  'last_name',
  'company',
  'address_1',
  'address_2',
  'city',
  'state',
  'postcode',
  'country',
  'phone',
];
const V1 = [
  'id',
  'date_created',
  'date_modified',
  'email',
  'first_name',
  'last_name',
  'username',
  'last_order',
  'orders_count',
  'total_spent',
  'avatar_url',
  'billing',
  'shipping',
  '_links',
];
const V3 = [
  'id',
  'date_created',
  'date_created_gmt',
  'date_modified',
  'date_modified_gmt',
  'email',
  'first_name',
  'last_name',
  'role',
  'username',
  'billing',
  'shipping',
  'is_paying_customer',
  'avatar_url',
  'meta_data',
  '_links',
];
const V2 = [...V3, 'orders_count', 'total_spent'];
const DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/;

describe('customer objects per version', () => {
  it.each([
    ['v1', V1],
    ['v2', V2],
    ['v3', V3],
  ])('%s has exactly its keys', async (version, keys) => {
    const store = makeStore();
    const user = payingCustomer(store);
    const result = await call(store, `/wp-json/wc/${version}/customers/${user.id}`);
    const body = obj(result.body);
    expect(Object.keys(body).sort()).toEqual([...keys].sort());
    expect(Object.keys(obj(body.billing))).toEqual(BILLING);
    expect(Object.keys(obj(body.shipping))).toEqual(SHIPPING);
    expect(body._links).toEqual({
      self: [{ href: `${HTTP}/wp-json/wc/${version}/customers/${user.id}` }],
      collection: [{ href: `${HTTP}/wp-json/wc/${version}/customers` }],
    });
  });

  it('prints v1 dates and the last order in GMT, v2/v3 dates in site time plus GMT twins', async () => {
    const store = makeStore({ timezone: 'Asia/Shanghai' });
    const user = payingCustomer(store);
    const v1 = obj((await call(store, `/wp-json/wc/v1/customers/${user.id}`)).body);
    const v3 = obj((await call(store, `/wp-json/wc/v3/customers/${user.id}`)).body);
    const gmt = new Date(user.registered).toISOString().slice(0, 19);
    const local = new Date(user.registered + 8 * 3_600_000).toISOString().slice(0, 19);
    // WooCommerce 7.9 reads the GMT registration as site time in v1: 8 hours early in Shanghai.
    const v1Created = new Date(user.registered - 8 * 3_600_000).toISOString().slice(0, 19);
    expect(v1.date_created).toBe(v1Created);
    expect(v3.date_created_gmt).toBe(gmt);
    expect(v3.date_created).toBe(local);
    expect(v3.date_modified).toMatch(DATE);
    expect(obj(v1.last_order)).toEqual({
      id: user.lastOrder?.id,
      date: new Date(user.lastOrder?.date ?? 0).toISOString().slice(0, 19),
    });
    expect(v1.orders_count).toBe(user.ordersCount);
    expect(v1.total_spent).toMatch(/^\d+\.\d\d$/);
  });

  it('prints last_order {id: null, date: null} and null modification dates when there are none', async () => {
    const store = makeStore();
    const created = obj(
      (
        await call(store, '/wp-json/wc/v1/customers', {
          method: 'POST',
          body: { email: 'fresh@example.org' },
        })
      ).body,
    );
    expect(created.last_order).toEqual({ id: null, date: null });
    expect(created.orders_count).toBe(0);
    expect(created.total_spent).toBe('0.00');
    const saved = store.db.get(Number(created.id));
    if (!saved) throw new Error('created customer missing');
    store.db.replace({ ...saved, modified: null });
    const v3 = obj((await call(store, `/wp-json/wc/v3/customers/${String(created.id)}`)).body);
    expect(v3.date_modified).toBeNull();
    expect(v3.date_modified_gmt).toBeNull();
    expect(v3.is_paying_customer).toBe(false);
  });

  it('uses Gravatar URLs like WordPress: https only for https sites', async () => {
    const store = makeStore();
    const http = obj((await call(store, '/wp-json/wc/v3/customers/10')).body);
    const https = obj((await call(store, `${HTTPS}/wp-json/wc/v3/customers/10`)).body);
    expect(http.avatar_url).toMatch(
      /^http:\/\/[012]\.gravatar\.com\/avatar\/[0-9a-f]{32}\?s=96&d=mm&r=g$/,
    );
    expect(https.avatar_url).toMatch(
      /^https:\/\/secure\.gravatar\.com\/avatar\/[0-9a-f]{32}\?s=96&d=mm&r=g$/,
    );
  });

  it('lists meta rows as {id, key, value} and hides WooCommerce-internal keys', async () => {
    const store = makeStore();
    const user = payingCustomer(store);
    store.db.replace({
      ...user,
      meta: [
        ...user.meta,
        { id: 90001, key: '_woocommerce_persistent_cart_1', value: { cart: [] } },
        { id: 90002, key: 'billing_first_name', value: 'hidden' },
        { id: 90003, key: '_private_plugin_key', value: '7' },
      ],
    });
    const meta = list(
      obj((await call(store, `/wp-json/wc/v3/customers/${user.id}`)).body).meta_data,
    );
    const keys = meta.map((row) => row.key);
    expect(keys).toContain('_private_plugin_key');
    expect(keys).not.toContain('_woocommerce_persistent_cart_1');
    expect(keys).not.toContain('billing_first_name');
    for (const row of meta) expect(Object.keys(row)).toEqual(['id', 'key', 'value']);
  });

  it('encodes JSON as PHP does (escaped slashes and non-ASCII) without changing what it parses to', async () => {
    const store = makeStore();
    const result = await call(store, '/wp-json/wc/v3/customers/10');
    expect(result.text).toContain('\\/wp-json\\/wc\\/v3\\/customers\\/10');
    expect([...result.text].every((ch) => ch.charCodeAt(0) < 0x80)).toBe(true);
    expect(result.headers.get('Content-Type')).toBe('application/json; charset=UTF-8');
  });
});

describe('v1 date_created read as site time', () => {
  it('is off by the offset in force at that wall-clock time, daylight saving included', async () => {
    const store = makeStore({ timezone: 'Europe/Berlin' });
    const made = async (iso: string) => {
      const user = payingCustomer(store);
      user.registered = Date.parse(`${iso}Z`);
      return obj((await call(store, `/wp-json/wc/v1/customers/${user.id}`)).body).date_created;
    };
    // Winter (UTC+1), summer (UTC+2): as a real 7.9 store in Berlin answered 19:17 → 18:17.
    expect(await made('2026-12-05T19:17:02')).toBe('2026-12-05T18:17:02');
    expect(await made('2026-07-01T12:00:00')).toBe('2026-07-01T10:00:00');
  });
});
