import { describe, expect, it } from 'vitest';
import { HTTPS, call, list, makeStore, obj, type Obj } from './helpers.ts';

const REPORT = '/wp-json/wc-analytics/reports/customers';

async function all(store: ReturnType<typeof makeStore>, query = ''): Promise<Obj[]> {
  const result = await call(store, `${REPORT}?per_page=100${query}`);
  expect(result.status).toBe(200);
  return list(result.body);
}

describe('wc-analytics customers report: shape and defaults', () => {
  it('lists registered customers and guests, newest registration first, 10 per page', async () => {
    const store = makeStore();
    const result = await call(store, REPORT, { headers: { Origin: 'https://app.test' } });
    expect(result.status).toBe(200);
    const customers = [...Array(store.db.nextUserId).keys()]
      .map((id) => store.db.get(id))
      .filter((user) => user?.role === 'customer');
    const guests = Math.floor(60 / 4);
    expect(result.headers.get('X-WP-Total')).toBe(String(customers.length + guests));
    expect(result.headers.get('X-WP-TotalPages')).toBe(
      String(Math.ceil((customers.length + guests) / 10)),
    );
    expect(result.headers.get('Link')).toContain('rel="next"');
    expect(result.headers.get('Access-Control-Expose-Headers')).toContain('X-WP-Total');
    expect(result.headers.get('Access-Control-Allow-Origin')).toBe('https://app.test');
    const items = list(result.body);
    expect(items).toHaveLength(10);
    const dates = items.map((item) => String(item.date_registered));
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('prints registered rows with a customer link and guests with user_id null', async () => {
    const items = await all(makeStore(), '&orderby=date_registered&order=asc');
    const guest = items.find((item) => item.user_id === null);
    const registered = items.find((item) => item.user_id !== null);
    expect(guest).toBeDefined();
    expect(Object.keys(registered ?? {})).toEqual([
      'id',
      'user_id',
      'username',
      'name',
      'email',
      'country',
      'city',
      'state',
      'postcode',
      'date_registered',
      'date_last_active',
      'date_last_order',
      'orders_count',
      'total_spend',
      'avg_order_value',
      'date_registered_gmt',
      'date_last_active_gmt',
      '_links',
    ]);
    expect(guest).toMatchObject({ username: '', date_registered: null });
    expect(guest?._links).toBeUndefined();
    expect(typeof guest?.total_spend).toBe('number');
    expect(String(guest?.date_last_order)).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    // WooCommerce Admin links the index's own id (not the user id), and the collection.
    const link = obj(registered?._links).customer as { href: string }[];
    expect(link[0]?.href).toBe(
      `http://store.test${REPORT.replace('reports/', '')}/${String(registered?.id)}`,
    );
    expect(obj(registered?._links).collection).toEqual([
      { href: `http://store.test${REPORT.replace('reports/', '')}` },
    ]);
  });

  it('agrees with the customers API on orders, spend and names', async () => {
    const store = makeStore();
    for (const item of (await all(store, '&orders_count_min=1')).filter((i) => i.user_id)) {
      const user = store.db.get(Number(item.user_id));
      expect(item.orders_count).toBe(user?.ordersCount);
      expect(item.total_spend).toBe(Number(user?.totalSpent));
      expect(item.name).toBe(`${user?.firstName ?? ''} ${user?.lastName ?? ''}`.trim());
      const avg =
        Number(item.orders_count) > 0 ? Number(item.total_spend) / Number(item.orders_count) : 0;
      expect(item.avg_order_value).toBeCloseTo(avg, 2);
    }
  });

  it('is the same for the same seed, guests included', async () => {
    const a = await call(makeStore({ seed: 3 }), `${REPORT}?per_page=100&order=asc`, {
      auth: 'basic',
    });
    const b = await call(makeStore({ seed: 3 }), `${REPORT}?per_page=100&order=asc`, {
      auth: 'basic',
    });
    expect(a.status).toBe(401); // Basic over http is anonymous, as on a real store
    expect(b.text).toBe(a.text);
    const c = await call(makeStore({ seed: 3 }), `${HTTPS}${REPORT}?per_page=100&order=asc`);
    const d = await call(makeStore({ seed: 3 }), `${HTTPS}${REPORT}?per_page=100&order=asc`);
    expect(c.status).toBe(200);
    expect(c.text).toBe(d.text);
  });

  it('follows writes: an edited name is found, a deleted customer is gone', async () => {
    const store = makeStore();
    const [first] = await all(store, '&orderby=date_registered&order=desc');
    const id = Number(first?.user_id);
    const put = await call(store, `/wp-json/wc/v3/customers/${id}`, {
      method: 'PUT',
      auth: 'oauth-header',
      body: { first_name: 'Quirinus' },
    });
    expect(put.status).toBe(200);
    expect((await all(store, '&search=quirin')).map((item) => item.user_id)).toEqual([id]);
    await call(store, `/wp-json/wc/v3/customers/${id}?force=true`, {
      method: 'DELETE',
      auth: 'oauth-header',
    });
    expect(await all(store, '&search=quirin')).toEqual([]);
  });
});

describe('wc-analytics customers report: access and namespaces', () => {
  it('needs a key (401) and is advertised in the index unless the store is set up without it', async () => {
    const store = makeStore();
    const anonymous = await call(store, REPORT, { auth: 'none' });
    expect(anonymous.status).toBe(401);
    expect(obj(anonymous.body).code).toBe('woocommerce_rest_cannot_view');
    const index = obj((await call(store, '/wp-json/', { auth: 'none' })).body);
    expect(index.namespaces).toContain('wc-analytics');
    expect(Object.keys(obj(index.routes))).toContain('/wc-analytics/reports/customers');

    const without = makeStore({ namespaces: ['wc/v3', 'wp/v2'] });
    const bare = obj((await call(without, '/wp-json/', { auth: 'none' })).body);
    expect(bare.namespaces).not.toContain('wc-analytics');
    const missing = await call(without, REPORT);
    expect(missing.status).toBe(404);
    expect(obj(missing.body).code).toBe('rest_no_route');
  });

  it('accepts Basic auth over https and query keys, and rejects a read of a wrong secret', async () => {
    const store = makeStore();
    expect((await call(store, `${HTTPS}${REPORT}`)).status).toBe(200);
    expect((await call(store, `${HTTPS}${REPORT}`, { auth: 'query' })).status).toBe(200);
    const wrong = await call(store, `${HTTPS}${REPORT}`, { secret: 'cs_wrong' });
    expect(wrong.status).toBe(401);
    expect(obj(wrong.body).code).toBe('woocommerce_rest_authentication_error');
  });
});
