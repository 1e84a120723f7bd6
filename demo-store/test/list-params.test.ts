import { describe, expect, it } from 'vitest';
import { call, ids, list, makeStore } from './helpers.ts';

const LIST = '/wp-json/wc/v3/customers';

function customersOf(store: ReturnType<typeof makeStore>, role: string | null = 'customer') {
  const out = [];
  for (let id = 1; id < store.db.nextUserId; id++) {
    const user = store.db.get(id);
    if (user && (role === null || user.role === role)) out.push(user);
  }
  return out;
}

describe('collection parameters', () => {
  it('defaults to customers only, ordered by display name, 10 per page', async () => {
    const store = makeStore();
    const result = await call(store, LIST);
    expect(result.status).toBe(200);
    const customers = customersOf(store);
    expect(result.headers.get('X-WP-Total')).toBe(String(customers.length));
    expect(result.headers.get('X-WP-TotalPages')).toBe(String(Math.ceil(customers.length / 10)));
    const names = list(result.body).map(
      (item) => store.db.get(Number(item.id))?.displayName.toLowerCase() ?? '',
    );
    expect(names).toHaveLength(10);
    expect([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(names);
    expect(list(result.body).every((item) => item.role === 'customer')).toBe(true);
  });

  it('filters by role, all roles with role=all, and rejects unknown roles', async () => {
    const store = makeStore();
    const all = await call(store, `${LIST}?role=all&per_page=100&orderby=id`);
    expect(ids(all)[0]).toBe(1);
    expect(Number(all.headers.get('X-WP-Total'))).toBe(customersOf(store, null).length);
    const admins = await call(store, `${LIST}?role=administrator`);
    expect(list(admins.body).map((item) => item.role)).toContain('administrator');
    for (const role of ['editor', 'author', 'contributor', 'subscriber', 'shop_manager']) {
      const result = await call(store, `${LIST}?role=${role}&per_page=100`);
      expect(result.status).toBe(200);
      expect(list(result.body).every((item) => item.role === role)).toBe(true);
    }
    const bad = await call(store, `${LIST}?role=vip`);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      code: 'rest_invalid_param',
      message: 'Invalid parameter(s): role',
      data: {
        status: 400,
        params: {
          role: 'role is not one of all, administrator, editor, author, contributor, subscriber, customer, and shop_manager.',
        },
      },
    });
  });

  it('orders by id, registration date and name, ascending or descending', async () => {
    const store = makeStore();
    const customers = customersOf(store);
    const byId = await call(store, `${LIST}?orderby=id&per_page=100`);
    expect(ids(byId)).toEqual(customers.map((user) => user.id));
    const byIdDesc = await call(store, `${LIST}?orderby=id&order=desc&per_page=100`);
    expect(ids(byIdDesc)).toEqual(customers.map((user) => user.id).reverse());
    const byDate = await call(store, `${LIST}?orderby=registered_date&per_page=100`);
    const expected = [...customers]
      .sort((a, b) => a.registered - b.registered || a.id - b.id)
      .map((user) => user.id);
    expect(ids(byDate)).toEqual(expected);
    const byName = await call(store, `${LIST}?orderby=name&order=desc&per_page=5`);
    const ascending = await call(store, `${LIST}?orderby=name&per_page=100`);
    expect(ids(byName)).toEqual(ids(ascending).reverse().slice(0, 5));
  });

  it('accepts only lower-case asc/desc and known orderby values', async () => {
    const store = makeStore();
    const upper = await call(store, `${LIST}?order=DESC`);
    expect(upper.status).toBe(400);
    expect(upper.body).toMatchObject({
      data: { params: { order: 'order is not one of asc and desc.' } },
    });
    const orderby = await call(store, `${LIST}?orderby=email`);
    expect(orderby.body).toMatchObject({
      data: {
        params: { orderby: 'orderby is not one of id, include, name, and registered_date.' },
      },
    });
  });

  it('includes and excludes ids (comma lists or arrays) and keeps the include order with orderby=include', async () => {
    const store = makeStore();
    const [a, b, c] = customersOf(store)
      .map((user) => user.id)
      .slice(3, 6) as [number, number, number];
    expect(ids(await call(store, `${LIST}?include=${c},${a},${b}&orderby=include`))).toEqual([
      c,
      a,
      b,
    ]);
    expect(
      ids(await call(store, `${LIST}?include=${c},${a},${b}&orderby=include&order=desc`)),
    ).toEqual([b, a, c]);
    expect(ids(await call(store, `${LIST}?include=${c},${a}&orderby=id`))).toEqual([a, c]);
    const excluded = await call(store, `${LIST}?exclude=${a},${b}&orderby=id&per_page=100`);
    expect(ids(excluded)).not.toContain(a);
    expect(ids(excluded)).toContain(c);
    // Only sanitised (wp_parse_id_list), never validated, as on a real store: `abc` is id 0.
    expect(ids(await call(store, `${LIST}?include=${a},abc`))).toEqual([a]);
    const none = await call(store, `${LIST}?include=abc`);
    expect(none.status).toBe(200);
    expect(none.headers.get('X-WP-Total')).toBe('0');
  });

  it('supports offset, page and per_page bounds', async () => {
    const store = makeStore();
    const all = ids(await call(store, `${LIST}?orderby=id&per_page=100`));
    expect(ids(await call(store, `${LIST}?orderby=id&offset=7&per_page=3`))).toEqual(
      all.slice(7, 10),
    );
    expect(ids(await call(store, `${LIST}?orderby=id&page=3&per_page=4`))).toEqual(
      all.slice(8, 12),
    );
    for (const perPage of ['0', '101', '-1']) {
      const result = await call(store, `${LIST}?per_page=${perPage}`);
      expect(result.status).toBe(400);
      expect(result.body).toMatchObject({
        code: 'rest_invalid_param',
        message: 'Invalid parameter(s): per_page',
        data: {
          params: { per_page: 'per_page must be between 1 (inclusive) and 100 (inclusive)' },
        },
      });
    }
    expect((await call(store, `${LIST}?per_page=abc`)).body).toMatchObject({
      data: { params: { per_page: 'per_page is not of type integer.' } },
    });
    expect((await call(store, `${LIST}?page=0`)).body).toMatchObject({
      data: { params: { page: 'page must be greater than or equal to 1' } },
    });
    expect((await call(store, `${LIST}?per_page=100`)).status).toBe(200);
  });

  it('answers a page past the end with 200 []', async () => {
    const store = makeStore();
    const result = await call(store, `${LIST}?page=999`);
    expect(result.status).toBe(200);
    expect(result.body).toEqual([]);
    expect(result.headers.get('X-WP-Total')).toBe(String(customersOf(store).length));
  });

  it('validates parameters before checking permissions', async () => {
    const store = makeStore();
    const result = await call(store, `${LIST}?per_page=500`, { auth: 'none' });
    expect(result.status).toBe(400);
  });

  it('filters by exact email, case-insensitively, and rejects a fragment', async () => {
    const store = makeStore();
    const target = customersOf(store)[4];
    if (!target) throw new Error('seed too small');
    const result = await call(
      store,
      `${LIST}?email=${encodeURIComponent(target.email.toUpperCase())}`,
    );
    expect(ids(result)).toEqual([target.id]);
    const fragment = await call(
      store,
      `${LIST}?email=${encodeURIComponent(target.email.split('@')[0] ?? '')}`,
    );
    expect(fragment.status).toBe(400);
    expect(fragment.body).toMatchObject({ data: { params: { email: 'Invalid email address.' } } });
  });
});
