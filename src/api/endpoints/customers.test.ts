import { describe, expect, it } from 'vitest';
import { makeCustomer } from '../testing/customer-fixtures';
import { jsonResponse } from '../testing/fake-fetch';
import {
  createCustomer,
  deleteCustomer,
  getCustomer,
  listCustomerDownloads,
  listCustomers,
  updateCustomer,
} from './customers';
import { rejection, setupClient } from '../testing/client-setup';

describe('listCustomers', () => {
  it('sends the filters and reads the totals', async () => {
    const { client, calls } = setupClient(() =>
      jsonResponse([makeCustomer(1), makeCustomer(2)], {
        headers: { 'X-WP-Total': '12', 'X-WP-TotalPages': '6' },
      }),
    );
    const page = await listCustomers(client, {
      page: 1,
      per_page: 2,
      search: 'ana',
      role: 'all',
      orderby: 'registered_date',
      order: 'desc',
      exclude: [7, 8],
    });
    expect(page.total).toBe(12);
    expect(page.totalPages).toBe(6);
    expect(page.items.map((c) => c.email)).toEqual([
      'customer1@example.com',
      'customer2@example.com',
    ]);
    const params = Object.fromEntries(calls[0]?.url.searchParams ?? []);
    expect(params).toEqual({
      page: '1',
      per_page: '2',
      search: 'ana',
      role: 'all',
      orderby: 'registered_date',
      order: 'desc',
      exclude: '7,8',
    });
  });

  it('does not send role on v1, nor empty filters', async () => {
    const { client, calls } = setupClient(() => jsonResponse([]), 'v1');
    await listCustomers(client, { role: 'all', search: '', include: [] });
    expect([...(calls[0]?.url.searchParams.keys() ?? [])]).toEqual([]);
  });

  it.each([
    { per_page: 0 },
    { per_page: 101 },
    { per_page: 1.5 },
    { page: 0 },
    { include: [0] },
    { offset: -1 },
  ])('refuses %j before any request', async (params) => {
    const { client, calls } = setupClient();
    const error = await rejection(listCustomers(client, params));
    expect(error).toMatchObject({ kind: 'validation', code: 'customer_desk_invalid_param' });
    expect(Object.keys(error.params ?? {}).length).toBeGreaterThan(0);
    expect(calls).toHaveLength(0);
  });

  it('parses _fields-trimmed items with the partial schema', async () => {
    const { client, calls } = setupClient(() => jsonResponse([{ id: 1, email: 'a@b.c' }]));
    const page = await listCustomers(client, { _fields: ['id', 'email'] });
    expect(page.items).toEqual([{ id: 1, email: 'a@b.c' }]);
    expect(calls[0]?.url.searchParams.get('_fields')).toBe('id,email');
  });
});

describe('single customer endpoints', () => {
  it('get, create, update and list downloads on the right URLs', async () => {
    const { client, calls } = setupClient((call) =>
      call.url.pathname.endsWith('/downloads')
        ? jsonResponse([])
        : jsonResponse(makeCustomer(5), { status: call.method === 'POST' ? 201 : 200 }),
    );
    await getCustomer(client, 5);
    await createCustomer(client, { email: 'new@example.com' });
    await updateCustomer(client, 5, { first_name: 'Bea' });
    await listCustomerDownloads(client, 5);
    expect(calls.map((c) => `${c.method} ${c.url.pathname}`)).toEqual([
      'GET /wp-json/wc/v3/customers/5',
      'POST /wp-json/wc/v3/customers',
      'PUT /wp-json/wc/v3/customers/5',
      'GET /wp-json/wc/v3/customers/5/downloads',
    ]);
    expect(calls[2]?.body).toBe('{"first_name":"Bea"}');
  });

  it('deletes with force=true and an optional reassign', async () => {
    const { client, calls } = setupClient();
    await deleteCustomer(client, 5);
    await deleteCustomer(client, 5, { reassign: 1 });
    expect(calls[0]?.url.search).toBe('?force=true');
    expect(calls[1]?.url.search).toBe('?force=true&reassign=1');
    expect(calls[0]?.method).toBe('DELETE');
  });

  it.each([0, -1, 1.5, Number.NaN, 2 ** 53])('refuses id %s before building a URL', async (id) => {
    const { client, calls } = setupClient();
    expect((await rejection(getCustomer(client, id))).code).toBe('customer_desk_invalid_id');
    expect((await rejection(deleteCustomer(client, id))).kind).toBe('not_found');
    expect(calls).toHaveLength(0);
  });
});
