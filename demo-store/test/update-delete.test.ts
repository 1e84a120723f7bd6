import { describe, expect, it } from 'vitest';
import { HTTPS, call, list, makeStore, obj } from './helpers.ts';

const LIST = '/wp-json/wc/v3/customers';

function error(code: string, message: string, status = 400) {
  return { code, message, data: { status } };
}

describe('read, update and delete', () => {
  it('answers 404 for a missing id and rest_no_route for a non-numeric one', async () => {
    const store = makeStore();
    expect((await call(store, `${LIST}/999999`)).body).toEqual(
      error('woocommerce_rest_invalid_id', 'Invalid resource ID.', 404),
    );
    const noRoute = await call(store, `${LIST}/abc`);
    expect(noRoute.status).toBe(404);
    expect(noRoute.body).toEqual(
      error('rest_no_route', 'No route was found matching the URL and request method.', 404),
    );
    expect((await call(store, `${LIST}/1`)).status).toBe(200);
  });

  it('updates through PUT, PATCH and POST and moves date_modified', async () => {
    // A fixed clock would fail OAuth timestamps; Basic over https has none.
    const store = makeStore({ now: () => Date.UTC(2030, 0, 1) });
    for (const method of ['PUT', 'PATCH', 'POST']) {
      const result = await call(store, `${HTTPS}${LIST}/10`, {
        method,
        body: { first_name: method, billing: { phone: '123' } },
      });
      expect(result.status).toBe(200);
      expect(obj(result.body)).toMatchObject({
        first_name: method,
        date_modified_gmt: '2030-01-01T00:00:00',
      });
      expect(obj(obj(result.body).billing).phone).toBe('123');
    }
  });

  it('reports update errors with WooCommerce codes', async () => {
    const store = makeStore();
    const other = store.db.get(11);
    if (!other) throw new Error('seed too small');
    expect((await call(store, `${LIST}/999999`, { method: 'PUT', body: {} })).body).toEqual(
      error('woocommerce_rest_invalid_id', 'Invalid resource ID.'),
    );
    expect(
      (await call(store, `${LIST}/10`, { method: 'PUT', body: { email: other.email } })).body,
    ).toEqual(error('woocommerce_rest_customer_invalid_email', 'Email address is invalid.'));
    expect(
      (await call(store, `${LIST}/10`, { method: 'PUT', body: { username: 'someone-else' } })).body,
    ).toEqual(error('woocommerce_rest_customer_invalid_argument', "Username isn't editable."));
    const invalid = await call(store, `${LIST}/10`, {
      method: 'PUT',
      body: { email: 'not-an-email' },
    });
    expect(invalid.body).toMatchObject({
      code: 'rest_invalid_param',
      data: { params: { email: 'Invalid email address.' } },
    });
    const same = store.db.get(10);
    expect(
      (
        await call(store, `${LIST}/10`, {
          method: 'PUT',
          body: { username: same?.login, email: same?.email },
        })
      ).status,
    ).toBe(200);
  });

  it('updates meta rows by id, else by key, appends new keys and deletes null values', async () => {
    const store = makeStore();
    const created = obj(
      (
        await call(store, LIST, {
          method: 'POST',
          body: {
            email: 'm@example.org',
            meta_data: [
              { key: 'a', value: '1' },
              { key: 'b', value: '2' },
            ],
          },
        })
      ).body,
    );
    const [a, b] = list(created.meta_data);
    const update = [
      { id: a?.id, key: 'a2', value: 'by id' },
      { key: 'b', value: 'by key' },
      { key: 'c', value: 3 },
    ];
    const updated = obj(
      (
        await call(store, `${LIST}/${String(created.id)}`, {
          method: 'PUT',
          body: { meta_data: update },
        })
      ).body,
    );
    const rows = list(updated.meta_data);
    expect(rows.map((row) => [row.id, row.key, row.value])).toEqual([
      [a?.id, 'a2', 'by id'],
      [b?.id, 'b', 'by key'],
      [expect.any(Number), 'c', '3'],
    ]);
    const removed = obj(
      (
        await call(store, `${LIST}/${String(created.id)}`, {
          method: 'PUT',
          body: { meta_data: [{ key: 'b', value: null }] },
        })
      ).body,
    );
    expect(list(removed.meta_data).map((row) => row.key)).toEqual(['a2', 'c']);
  });

  it('deletes only with force=true and answers with the deleted object', async () => {
    const store = makeStore();
    const before = obj((await call(store, `${LIST}/12`)).body);
    expect((await call(store, `${LIST}/12`, { method: 'DELETE' })).body).toEqual(
      error('woocommerce_rest_trash_not_supported', 'Customers do not support trashing.', 501),
    );
    const deleted = await call(store, `${LIST}/12?force=true`, { method: 'DELETE' });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual(before);
    expect((await call(store, `${LIST}/12?force=true`, { method: 'DELETE' })).body).toEqual(
      error('woocommerce_rest_invalid_id', 'Invalid resource id.'),
    );
    expect((await call(store, `${LIST}/12`)).status).toBe(404);
  });

  it('checks reassign and the force parameter', async () => {
    const store = makeStore();
    const invalid = error(
      'woocommerce_rest_customer_invalid_reassign',
      'Invalid resource id for reassignment.',
    );
    expect(
      (await call(store, `${LIST}/13?force=true&reassign=999999`, { method: 'DELETE' })).body,
    ).toEqual(invalid);
    expect(
      (await call(store, `${LIST}/13?force=true&reassign=13`, { method: 'DELETE' })).body,
    ).toEqual(invalid);
    expect((await call(store, `${LIST}/13?force=yes`, { method: 'DELETE' })).body).toMatchObject({
      code: 'rest_invalid_param',
      data: { params: { force: 'force is not of type boolean.' } },
    });
    expect(
      (await call(store, `${LIST}/13?force=true&reassign=1`, { method: 'DELETE' })).status,
    ).toBe(200);
  });
});
