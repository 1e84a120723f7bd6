import { describe, expect, it } from 'vitest';
import { call, list, makeStore, obj, payingCustomer } from './helpers.ts';

describe('downloads', () => {
  it.each(['v1', 'v2', 'v3'])(
    '%s lists the download permissions with its fields',
    async (version) => {
      const store = makeStore();
      const user = payingCustomer(store);
      const result = await call(store, `/wp-json/wc/${version}/customers/${user.id}/downloads`);
      expect(result.status).toBe(200);
      const items = list(result.body);
      expect(items).toHaveLength(user.downloads.length);
      const keys = [
        'download_url',
        'download_id',
        'product_id',
        'download_name',
        'order_id',
        'order_key',
        'downloads_remaining',
        'access_expires',
        'file',
        '_links',
      ];
      const expected = version === 'v1' ? keys : [...keys, 'product_name', 'access_expires_gmt'];
      for (const item of items) {
        expect(Object.keys(item).sort()).toEqual([...expected].sort());
        expect(item.downloads_remaining).toMatch(/^(unlimited|\d+)$/);
        expect(String(item.access_expires)).toMatch(/^(never|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)$/);
        expect(Object.keys(obj(item.file))).toEqual(['name', 'file']);
        expect(Object.keys(obj(item._links))).toEqual(['collection', 'product', 'order']);
      }
    },
  );

  it('answers 404 woocommerce_rest_customer_invalid for a missing customer, even anonymously', async () => {
    const store = makeStore();
    for (const auth of ['oauth', 'none'] as const) {
      const result = await call(store, '/wp-json/wc/v3/customers/999999/downloads', { auth });
      expect(result.status).toBe(404);
      expect(result.body).toEqual({
        code: 'woocommerce_rest_customer_invalid',
        message: 'Resource does not exist.',
        data: { status: 404 },
      });
    }
  });

  it('answers [] for a customer without downloads', async () => {
    const store = makeStore();
    const created = obj(
      (
        await call(store, '/wp-json/wc/v3/customers', {
          method: 'POST',
          body: { email: 'nodl@example.org' },
        })
      ).body,
    );
    expect(
      (await call(store, `/wp-json/wc/v3/customers/${String(created.id)}/downloads`)).body,
    ).toEqual([]);
  });
});
