import { describe, expect, it } from 'vitest';
import { orderItemCount } from '../schemas/order';
import { jsonResponse } from '../testing/fake-fetch';
import { rejection, setupClient } from '../testing/client-setup';
import { listCustomerOrders } from './orders';

const order = {
  id: 1207,
  number: '1207',
  status: 'completed',
  currency: 'GBP',
  date_created: '2024-03-04T13:05:06',
  date_created_gmt: '2024-03-04T05:05:06',
  total: '37.50',
  payment_method_title: 'PayPal',
  line_items: [{ id: 4, quantity: 3, name: 'Cups' }, { quantity: '2' }],
  plugin_field: 'kept',
};

describe('listCustomerOrders', () => {
  it('asks for one customer’s orders, newest first, trimmed, and reads the totals', async () => {
    const { client, calls } = setupClient(() =>
      jsonResponse([order], { headers: { 'X-WP-Total': '21', 'X-WP-TotalPages': '3' } }),
    );
    const page = await listCustomerOrders(client, 42, { page: 2 });
    expect(calls[0]?.url.pathname).toBe('/wp-json/wc/v3/orders');
    expect(Object.fromEntries(calls[0]?.url.searchParams ?? [])).toEqual({
      customer: '42',
      page: '2',
      per_page: '10',
      orderby: 'date',
      order: 'desc',
      _fields:
        'id,number,status,currency,date_created,date_created_gmt,total,payment_method_title,line_items',
    });
    expect(page).toMatchObject({ page: 2, total: 21, totalPages: 3 });
    expect(page.items[0]).toMatchObject({ id: 1207, plugin_field: 'kept' });
    expect(orderItemCount(page.items[0]!)).toBe(5);
  });

  it('leaves date_created_gmt out over v1, which has none', async () => {
    const { client, calls } = setupClient(() => jsonResponse([]), 'v1');
    await listCustomerOrders(client, 42);
    expect(calls[0]?.url.pathname).toBe('/wp-json/wc/v1/orders');
    expect(calls[0]?.url.searchParams.get('_fields')).not.toContain('date_created_gmt');
  });

  it('reads numbers sent as numbers and numeric strings', async () => {
    const { client } = setupClient(() =>
      jsonResponse([{ ...order, number: 1207, total: 37.5, line_items: undefined }]),
    );
    const { items } = await listCustomerOrders(client, 42);
    expect(items[0]).toMatchObject({ number: '1207', total: '37.5' });
    expect(orderItemCount(items[0]!)).toBeUndefined();
  });

  it('refuses an answer that is not a list of orders', async () => {
    const { client } = setupClient(() => jsonResponse([{ id: 'x', status: 1 }]));
    expect((await rejection(listCustomerOrders(client, 42))).kind).toBe('bad_response');
  });

  it('refuses a bad customer id before sending', async () => {
    const { client, calls } = setupClient(() => jsonResponse([]));
    expect((await rejection(listCustomerOrders(client, 0))).kind).toBe('not_found');
    expect(calls).toHaveLength(0);
  });

  it('turns a 403 from a key without access to orders into a forbidden error', async () => {
    const { client } = setupClient(() =>
      jsonResponse(
        {
          code: 'woocommerce_rest_cannot_view',
          message: 'Sorry, you cannot list resources.',
          data: { status: 403 },
        },
        { status: 403 },
      ),
    );
    expect((await rejection(listCustomerOrders(client, 42))).kind).toBe('forbidden');
  });
});
