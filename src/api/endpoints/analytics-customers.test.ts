import { describe, expect, it } from 'vitest';
import { jsonResponse } from '../testing/fake-fetch';
import { rejection, setupClient } from '../testing/client-setup';
import { listAnalyticsCustomers } from './analytics-customers';

const guest = {
  id: 4,
  user_id: null,
  username: '',
  name: 'Gabriel Girard',
  email: 'gabriel@example.test',
  country: 'FR',
  city: 'Montpellier',
  state: '',
  postcode: '34000',
  date_registered: null,
  date_registered_gmt: null,
  date_last_active: '2019-04-20T13:00:42',
  date_last_active_gmt: '2019-04-20T05:00:42',
  date_last_order: '2019-04-20 13:00:42',
  orders_count: 1,
  total_spend: 209.49,
  avg_order_value: 209.49,
  some_plugin_field: 'kept',
};
const registered = {
  ...guest,
  id: 5,
  user_id: 12,
  username: 'gg',
  total_spend: '10.50',
  _links: { customer: [{ href: 'https://shop.test/wp-json/wc-analytics/customers/12' }] },
};

describe('listAnalyticsCustomers', () => {
  it('asks the wc-analytics index with the filters, reads totals and keeps unknown fields', async () => {
    const { client, calls } = setupClient(() =>
      jsonResponse([guest, registered], {
        headers: { 'X-WP-Total': '31', 'X-WP-TotalPages': '16' },
      }),
    );
    const page = await listAnalyticsCustomers(client, {
      page: 2,
      per_page: 2,
      search: 'Gab',
      searchby: 'name',
      match: 'any',
      country_includes: ['FR', 'DE'],
      country_excludes: [],
      orders_count_min: 1,
      total_spend_max: 99.5,
      registered_after: '2020-01-01T00:00:00',
      orderby: 'total_spend',
      order: 'asc',
    });
    expect(calls[0]?.url.pathname).toBe('/wp-json/wc-analytics/reports/customers');
    expect(Object.fromEntries(calls[0]?.url.searchParams ?? [])).toEqual({
      page: '2',
      per_page: '2',
      search: 'Gab',
      searchby: 'name',
      match: 'any',
      country_includes: 'FR,DE',
      orders_count_min: '1',
      total_spend_max: '99.5',
      registered_after: '2020-01-01T00:00:00',
      orderby: 'total_spend',
      order: 'asc',
    });
    expect(calls[0]?.headers.get('Authorization')).toMatch(/^Basic /);
    expect(page).toMatchObject({ total: 31, totalPages: 16 });
    expect(page.items[0]).toMatchObject({ user_id: null, some_plugin_field: 'kept' });
    expect(page.items[1]).toMatchObject({ user_id: 12, total_spend: 10.5 });
  });

  it('refuses parameters the store would answer 400 for, before sending', async () => {
    const { client, calls } = setupClient(() => jsonResponse([]));
    const error = await rejection(
      listAnalyticsCustomers(client, { per_page: 500, registered_after: '2020-01-01' }),
    );
    expect(error.kind).toBe('validation');
    expect(Object.keys(error.params ?? {})).toEqual(['per_page', 'registered_after']);
    expect(calls).toHaveLength(0);
  });

  it('rejects an answer that is not the index (a plugin page, another object)', async () => {
    const { client } = setupClient(() => jsonResponse([{ id: 'x' }]));
    expect((await rejection(listAnalyticsCustomers(client, {}))).kind).toBe('bad_response');
  });
});
