import { describe, expect, it } from 'vitest';
import { HTTPS, KEYS, call, list, makeStore, obj } from './helpers.ts';

const BATCH = '/wp-json/wc/v3/customers/batch';

describe('batch', () => {
  it('answers an empty body with 200 [] (a harmless write probe)', async () => {
    const store = makeStore();
    const result = await call(store, BATCH, { method: 'POST', body: {} });
    expect(result.status).toBe(200);
    expect(result.text).toBe('[]');
    const readOnly = await call(store, BATCH, {
      method: 'POST',
      body: {},
      key: KEYS.readKey,
      secret: KEYS.readSecret,
    });
    expect(readOnly.status).toBe(401);
  });

  it('processes mixed items and returns only the keys sent', async () => {
    const store = makeStore();
    const existing = store.db.get(11);
    if (!existing) throw new Error('seed too small');
    const result = await call(store, BATCH, {
      method: 'PUT',
      body: {
        create: [{ email: 'batch.one@example.org' }, { email: existing.email }],
        update: [
          { id: 10, first_name: 'Updated' },
          { id: 999999, first_name: 'x' },
          { first_name: 'no id' },
        ],
      },
    });
    expect(result.status).toBe(200);
    const body = obj(result.body);
    expect(Object.keys(body)).toEqual(['create', 'update']);
    const [created, duplicate] = list(body.create);
    expect(created).toMatchObject({ email: 'batch.one@example.org', role: 'customer' });
    expect(created?._links).toBeDefined();
    expect(duplicate).toEqual({
      id: 0,
      error: {
        code: 'registration-error-email-exists',
        message:
          'An account is already registered with your email address. <a href="#" class="showlogin">Please log in.</a>',
        data: { status: 400 },
      },
    });
    const [updated, missing, noId] = list(body.update);
    expect(updated).toMatchObject({ id: 10, first_name: 'Updated' });
    expect(missing).toEqual({
      id: 999999,
      error: {
        code: 'woocommerce_rest_invalid_id',
        message: 'Invalid resource ID.',
        data: { status: 400 },
      },
    });
    expect(noId).toMatchObject({ id: null, error: { code: 'woocommerce_rest_invalid_id' } });
  });

  it('deletes (force) and reports missing ids', async () => {
    const store = makeStore();
    const result = await call(store, BATCH, {
      method: 'PATCH',
      body: { delete: [12, '13', 999999] },
    });
    const deleted = list(obj(result.body).delete);
    expect(deleted.map((item) => item.id)).toEqual([12, 13, 999999]);
    expect(deleted[2]).toEqual({
      id: 999999,
      error: {
        code: 'woocommerce_rest_invalid_id',
        message: 'Invalid resource id.',
        data: { status: 400 },
      },
    });
    expect(store.db.get(12)).toBeUndefined();
    expect(store.db.get(13)).toBeUndefined();
  });

  it('does not validate items: an update with a malformed email blanks it', async () => {
    const store = makeStore();
    const result = await call(store, BATCH, {
      method: 'POST',
      body: { update: [{ id: 10, email: 'not-an-email' }] },
    });
    expect(list(obj(result.body).update)[0]).toMatchObject({ id: 10, email: '' });
    expect(store.db.get(10)?.email).toBe('');
    const single = await call(store, '/wp-json/wc/v3/customers/11', {
      method: 'PUT',
      body: { email: 'not-an-email' },
    });
    expect(single.status).toBe(400);
  });

  it('accepts 100 items and refuses 101 with 413', async () => {
    const store = makeStore();
    const creates = Array.from({ length: 60 }, (_, i) => ({ email: `bulk${i}@example.org` }));
    const updates = Array.from({ length: 40 }, (_, i) => ({ id: 10 + i, last_name: 'Bulk' }));
    const ok = await call(store, `${HTTPS}${BATCH}`, {
      method: 'POST',
      body: { create: creates, update: updates },
    });
    expect(ok.status).toBe(200);
    expect(list(obj(ok.body).create)).toHaveLength(60);
    const tooMany = await call(store, `${HTTPS}${BATCH}`, {
      method: 'POST',
      body: { create: creates, update: updates, delete: [10] },
    });
    expect(tooMany.status).toBe(413);
    expect(tooMany.body).toEqual({
      code: 'woocommerce_rest_request_entity_too_large',
      message: 'Unable to accept more than 100 items for this request.',
      data: { status: 413 },
    });
    expect(store.db.get(10)).toBeDefined();
  });

  it.each([[{ id: 5 }], [[5]], [5.5], ['5abc'], [true], [null]])(
    'refuses the whole batch loudly when a delete entry is %j',
    async (entry) => {
      const store = makeStore();
      const before = store.db.size;
      const result = await call(store, BATCH, {
        method: 'POST',
        body: { create: [{ email: 'never@example.org' }], delete: [12, entry] },
      });
      expect(result.status).toBe(400);
      expect(result.body).toMatchObject({
        code: 'demo_store_unsafe_batch_delete',
        data: { status: 400, index: 1 },
      });
      expect(obj(result.body).message).toMatch(/integer/);
      expect(store.db.size).toBe(before);
      expect(store.db.get(1)).toBeDefined();
    },
  );

  it('names user 1 in the refusal when real WooCommerce would delete it', async () => {
    const store = makeStore();
    const result = await call(store, BATCH, { method: 'POST', body: { delete: [{ id: 5 }] } });
    expect(obj(result.body).message).toMatch(/delete user 1/);
  });

  it('skips empty lists like WooCommerce', async () => {
    const store = makeStore();
    const result = await call(store, BATCH, {
      method: 'POST',
      body: { create: [], update: [], delete: [0] },
    });
    expect(result.body).toEqual([]);
  });
});
