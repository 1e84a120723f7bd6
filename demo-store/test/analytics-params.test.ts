import { describe, expect, it } from 'vitest';
import { HTTPS, call, list, makeStore, obj, type Obj } from './helpers.ts';

// Over https with Basic auth: bracketed parameters need no PHP-style OAuth signing here.
const REPORT = `${HTTPS}/wp-json/wc-analytics/reports/customers`;
const store = makeStore();

async function rows(query: string): Promise<Obj[]> {
  const result = await call(store, `${REPORT}?per_page=100${query === '' ? '' : '&'}${query}`);
  expect(result.status, result.text).toBe(200);
  expect(Number(result.headers.get('X-WP-Total'))).toBe(list(result.body).length);
  return list(result.body);
}

const everyone = await rows('');
const num = (value: unknown) => Number(value);

describe('search and lists', () => {
  it('finds a customer by first name, which the customers API search cannot', async () => {
    // Someone whose display name is their username: the customers API never sees the first name.
    // The default store (250 customers, seed 42) has one such customer, as checkout sign-ups are.
    const big = makeStore({ customers: 250, seed: 42 });
    const target = [...Array(big.db.nextUserId).keys()]
      .map((id) => big.db.get(id))
      .find(
        (user) =>
          user?.role === 'customer' &&
          /^[A-Za-z]{4,}$/.test(user.firstName) &&
          !big.db.searchFields(user).all.includes(user.firstName.toLowerCase()),
      )!;
    expect(target).toBeDefined();
    const term = target.firstName.toUpperCase();
    const normal = await call(big, `${HTTPS}/wp-json/wc/v3/customers?per_page=100&search=${term}`);
    expect(normal.status).toBe(200);
    expect(list(normal.body).map((item) => item.id)).not.toContain(target.id);
    const found = list((await call(big, `${REPORT}?per_page=100&search=${term}`)).body);
    expect(found.map((item) => item.user_id)).toContain(target.id);
    for (const item of found) expect(String(item.name).toUpperCase()).toContain(term);
  });

  it('searches usernames and emails with searchby', async () => {
    const byUser = await rows('search=a.&searchby=username');
    expect(byUser.length).toBeGreaterThan(0);
    for (const item of byUser) expect(String(item.username).toLowerCase()).toContain('a.');
    const byEmail = await rows('search=example.org&searchby=email');
    expect(byEmail.length).toBeGreaterThan(0);
    for (const item of byEmail) expect(String(item.email).toLowerCase()).toContain('example.org');
  });

  it('includes and excludes index ids (name_, username_, email_) and countries (comma lists)', async () => {
    const [a, b] = everyone.filter((item) => item.user_id !== null);
    // WooCommerce Admin compares these lists with the index's customer id, never with the text.
    expect(
      (await rows(`name_includes=${String(a!.id)},${String(b!.id)}`)).map((i) => i.id),
    ).toEqual(expect.arrayContaining([a!.id, b!.id]));
    expect(await rows(`name_includes=${encodeURIComponent(String(a!.name))}`)).toEqual([]);
    expect((await rows(`username_includes=${String(a!.id)}`)).map((i) => i.id)).toEqual([a!.id]);
    expect(await rows(`email_includes=${String(b!.email)}`)).toEqual([]);
    expect((await rows(`email_excludes=${String(b!.id)}`)).length).toBe(everyone.length - 1);
    const de = await rows('country_includes=DE,FR');
    expect(de.length).toBe(everyone.filter((i) => ['DE', 'FR'].includes(String(i.country))).length);
    const notDe = await rows('country_excludes=de');
    expect(notDe.length).toBe(everyone.length - everyone.filter((i) => i.country === 'DE').length);
  });

  it('limits to index ids (customers) and user ids (users)', async () => {
    const [a, b] = everyone;
    expect((await rows(`customers=${String(a!.id)},${String(b!.id)}`)).length).toBe(2);
    const user = everyone.find((item) => item.user_id !== null)!;
    expect((await rows(`users=${String(user.user_id)}`)).map((i) => i.id)).toEqual([user.id]);
  });
});

describe('ranges and dates', () => {
  it('filters orders count, total spend and average order value by min, max and between', async () => {
    const count = await rows('orders_count_min=2&orders_count_max=5');
    expect(count.length).toBe(
      everyone.filter((i) => num(i.orders_count) >= 2 && num(i.orders_count) <= 5).length,
    );
    expect(
      (await rows('orders_count_between[]=2&orders_count_between[]=5')).map((i) => i.id),
    ).toEqual(count.map((i) => i.id));
    const spend = await rows('total_spend_min=100.5');
    expect(spend.length).toBe(everyone.filter((i) => num(i.total_spend) >= 100.5).length);
    const aov = await rows('avg_order_value_max=80&avg_order_value_min=1');
    for (const item of aov) expect(num(item.avg_order_value)).toBeLessThanOrEqual(80);
    expect(aov.length).toBe(
      everyone.filter((i) => num(i.avg_order_value) <= 80 && num(i.avg_order_value) >= 1).length,
    );
  });

  it('filters registered, last active and last order dates in site time, inclusive', async () => {
    const registered = await rows('registered_after=2023-01-01T00:00:00');
    expect(registered.length).toBe(
      everyone.filter(
        (i) => i.date_registered !== null && String(i.date_registered) >= '2023-01-01',
      ).length,
    );
    const before = await rows('registered_before=2021-06-30 23:59:59');
    for (const item of before) expect(String(item.date_registered) < '2021-07').toBe(true);
    const active = await rows(
      'last_active_between[]=2024-01-01T00:00:00&last_active_between[]=2024-12-31T23:59:59',
    );
    for (const item of active) expect(String(item.date_last_active).slice(0, 4)).toBe('2024');
    const ordered = await rows('last_order_after=2025-01-01T00:00:00');
    expect(ordered.length).toBeGreaterThan(0);
    for (const item of ordered) expect(String(item.date_last_order) >= '2025-01-01').toBe(true);
    // A zone is honoured: midnight UTC is 08:00 in the site's Asia/Shanghai.
    const zoned = await rows('registered_after=2023-01-01T00:00:00Z');
    for (const item of zoned) expect(String(item.date_registered) >= '2023-01-01T08:00').toBe(true);
  });
});

describe('match', () => {
  it('joins conditions with AND by default and with OR for match=any', async () => {
    const q = 'country_includes=DE&orders_count_min=3';
    const both = await rows(q);
    for (const item of both)
      expect(item.country === 'DE' && num(item.orders_count) >= 3).toBe(true);
    const anyProfile = await rows('country_includes=DE&country_excludes=DE&match=any');
    expect(anyProfile.length).toBe(everyone.length);
    const anyOrders = await rows('orders_count_min=10&total_spend_max=50&match=any');
    expect(anyOrders.length).toBe(
      everyone.filter((i) => num(i.orders_count) >= 10 || num(i.total_spend) <= 50).length,
    );
  });

  it('keeps profile and order conditions both required with match=any, as WooCommerce does', async () => {
    const mixed = await rows('country_includes=DE&orders_count_min=3&match=any');
    expect(mixed.map((i) => i.id)).toEqual(both());
    function both() {
      return everyone
        .filter((i) => i.country === 'DE' && num(i.orders_count) >= 3)
        .map((i) => i.id);
    }
  });
});

describe('orderby and paging', () => {
  const keys: Record<string, (item: Obj) => string | number | null> = {
    username: (i) => String(i.username).toLowerCase(),
    name: (i) => String(i.name).toLowerCase(),
    country: (i) => String(i.country).toLowerCase(),
    orders_count: (i) => num(i.orders_count),
    total_spend: (i) => num(i.total_spend),
    avg_order_value: (i) => num(i.avg_order_value),
    date_registered: (i) => (i.date_registered === null ? null : String(i.date_registered)),
    date_last_active: (i) => (i.date_last_active === null ? null : String(i.date_last_active)),
  };
  for (const [orderby, key] of Object.entries(keys)) {
    it(`sorts by ${orderby} both ways, NULL first ascending`, async () => {
      for (const order of ['asc', 'desc'] as const) {
        const values = (await rows(`orderby=${orderby}&order=${order}`)).map(key);
        for (let i = 1; i < values.length; i++) {
          const [a, b] = order === 'asc' ? [values[i - 1], values[i]] : [values[i], values[i - 1]];
          if (a === null || b === null) {
            expect(a === null || b !== null).toBe(true);
            continue;
          }
          if (typeof a === 'string')
            expect(
              a.localeCompare(String(b), 'en', { sensitivity: 'base' }) <= 0 || a <= String(b),
            ).toBe(true);
          else expect(a).toBeLessThanOrEqual(Number(b));
        }
      }
    });
  }

  it('accepts city, state and postcode orders and pages past the end to []', async () => {
    for (const orderby of ['city', 'state', 'postcode']) {
      expect((await call(store, `${REPORT}?orderby=${orderby}`)).status).toBe(200);
    }
    const page = await call(store, `${REPORT}?per_page=50&page=2`);
    expect(page.headers.get('Link')).toContain('rel="prev"');
    const past = await call(store, `${REPORT}?page=999`);
    expect(past.status).toBe(200);
    expect(past.body).toEqual([]);
  });
});

describe('validation', () => {
  it('answers 400 rest_invalid_param naming every bad parameter', async () => {
    const bad = await call(
      store,
      `${REPORT}?per_page=101&order=DESC&orderby=email&match=some&searchby=phone` +
        '&registered_after=2024-01-01&orders_count_min=1.5&total_spend_max=lots' +
        '&avg_order_value_between=5&last_active_between[]=2024-01-01T00:00:00',
    );
    expect(bad.status).toBe(400);
    const body = obj(bad.body);
    expect(body.code).toBe('rest_invalid_param');
    const params = obj(obj(body.data).params);
    expect(Object.keys(params).sort()).toEqual(
      [
        'per_page',
        'order',
        'orderby',
        'match',
        'searchby',
        'registered_after',
        'orders_count_min',
        'total_spend_max',
        'avg_order_value_between',
        'last_active_between',
      ].sort(),
    );
    expect(params.registered_after).toBe('Invalid date.');
    expect(params.avg_order_value_between).toBe('avg_order_value_between must contain 2 numbers.');
    expect(params.last_active_between).toBe('last_active_between must contain 2 valid dates.');
    expect(params.total_spend_max).toBe('total_spend_max is not of type number.');
  });
});
