import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeCustomer } from '../../api/testing/customer-fixtures';
import { jsonResponse } from '../../api/testing/fake-fetch';
import { customerKeys } from '../../queries/customer-queries';
import { formatUtcInstant } from '../../lib/format-date';
import { renderDetail } from './detail-test-harness';

/** The value a `dt` labels: each pair is a group named by its term. */
function field(section: string, label: string | RegExp) {
  const region = screen.getByRole('region', { name: section });
  return within(within(region).getByRole('group', { name: label })).getByRole('definition');
}

/** A customer as v1 prints it: order statistics and the last order, no role, meta or GMT twins. */
function v1Customer() {
  const v3 = makeCustomer(4);
  return {
    id: 4,
    date_created: '2024-01-02T10:00:00',
    date_modified: null,
    email: v3.email,
    first_name: 'Ana',
    last_name: 'Silva',
    username: 'ana',
    last_order: { id: 321, date: '2024-03-04T05:06:07' },
    orders_count: 1234,
    total_spent: '99.50',
    avatar_url: 'javascript:alert(1)',
    billing: v3.billing,
    shipping: v3.shipping,
  };
}

// Whole screens under jsdom: the first render (MUI, i18n) is slow on a loaded machine.
describe('customer detail', { timeout: 20_000 }, () => {
  it('shows the grid’s cached row at once, skeletons for the rest, then the full customer', async () => {
    let answer: (response: Response) => void = () => {};
    const full = makeCustomer(7, { first_name: 'Bea', last_name: 'Lopes', username: 'bea' });
    renderDetail({
      customer: full,
      seed: (queryClient, client) =>
        queryClient.setQueryData(customerKeys.list(client, { page: 1, _fields: ['id'] }), {
          items: [{ id: 7, first_name: 'Bea', last_name: 'Lopes', email: 'bea@example.com' }],
          total: 1,
          totalPages: 1,
        }),
      intercept: (call, store) =>
        call.url.pathname.endsWith('/customers/7')
          ? new Promise<Response>((resolve) => (answer = resolve))
          : store(call),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Bea Lopes' })).toBeTruthy();
    expect(field('Account', /Email/).textContent).toBe('bea@example.com');
    // Not in the cached row: waits for the full object.
    expect(field('Account', /Username/).textContent).toBe('');
    expect(screen.queryByRole('link', { name: 'Edit' })).toBeNull();

    expect(screen.getByText('Loading the customer…').getAttribute('role')).toBe('status');

    answer(jsonResponse(full));
    await waitFor(() => expect(field('Account', /Username/).textContent).toBe('bea'));
    expect(screen.getByRole('link', { name: 'Edit' })).toBeTruthy();
    expect(screen.queryByText('Loading the customer…')).toBeNull();
  });

  it('says a deleted customer is not found (9.x wc_user_invalid_id too), with the way back', async () => {
    const { router } = renderDetail({
      customer: makeCustomer(8),
      intercept: (call, store) =>
        call.url.pathname.endsWith('/customers/8')
          ? jsonResponse(
              { code: 'wc_user_invalid_id', message: 'Invalid user ID.', data: { status: 404 } },
              { status: 404 },
            )
          : store(call),
      route: '/customers/8',
    });
    expect(await screen.findByRole('heading', { name: 'Customer not found' })).toBeTruthy();
    expect(screen.getByText(/no customer #8/)).toBeTruthy();
    await userEvent.click(screen.getByRole('link', { name: 'Back to customers' }));
    expect(router.location().pathname).toBe('/customers');
  });

  it('with nothing cached, a failed load shows the error alone, and Retry loads the customer', async () => {
    let fail = true;
    renderDetail({
      customer: makeCustomer(2, { username: 'ana2' }),
      intercept: (call, store) => {
        if (call.url.pathname.endsWith('/customers/2') && fail) {
          fail = false;
          return jsonResponse(
            { code: 'woocommerce_rest_cannot_view', message: 'No.', data: { status: 403 } },
            { status: 403 },
          );
        }
        return store(call);
      },
    });
    expect((await screen.findByRole('alert')).textContent).toContain('not allowed');
    expect(screen.queryByRole('region', { name: 'Account' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(field('Account', /Username/).textContent).toBe('ana2'));
  });

  it('goes back to the grid exactly as it was when it came from there', async () => {
    const { router } = renderDetail({
      customer: makeCustomer(3),
      route: '/customers/3',
    });
    await router.navigate('/customers/3', { state: { gridSearch: '?search=ana&page=2' } });
    await userEvent.click(await screen.findByRole('link', { name: 'Back to customers' }));
    expect(router.location().search).toBe('?search=ana&page=2');
  });

  it('v3: state names from the store, meta JSON, internal keys, the v3 totals note', async () => {
    const customer = makeCustomer(5, {
      billing: {
        ...makeCustomer(5).billing,
        city: 'Austin',
        state: 'TX',
        postcode: '78701',
        country: 'US',
      },
      meta_data: [
        { id: 1, key: 'crm_profile', value: { id: 9, tags: ['a'] } },
        { id: 2, key: '_wc_last_active', value: '1700000000' },
      ],
    });
    renderDetail({ customer });
    const billing = await screen.findByRole('region', { name: 'Billing address' });
    await waitFor(() => expect(billing.textContent).toContain('Austin, Texas 78701'));
    expect(billing.textContent).toContain('United States');
    const table = screen.getByRole('table', { name: 'Meta data' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0] as HTMLElement).getAllByRole('cell')[1]?.textContent).toBe(
      JSON.stringify({ id: 9, tags: ['a'] }, null, 2),
    );
    expect(rows[1]?.textContent).toContain('internal');
    expect(rows[0]?.textContent).not.toContain('internal');
    expect(await screen.findByText(/API v3 does not return order count/)).toBeTruthy();
    expect(field('Orders', /Paying customer/).textContent).toBe('No');
  });

  it('v3 without meta_data (WooCommerce 9.7, non-admin key) says why instead of "none"', async () => {
    const customer: Record<string, unknown> = { ...makeCustomer(6) };
    delete customer.meta_data;
    renderDetail({ customer });
    expect(await screen.findByText(/return it only to API keys of administrators/)).toBeTruthy();
  });

  it('v1: last order, orders and total in the store currency; no role, paying flag or meta', async () => {
    renderDetail({ version: 'v1', customer: v1Customer() });
    await waitFor(() => expect(field('Orders', /Last order/).textContent).toContain('Order #321'));
    expect(field('Orders', /^Orders/).textContent).toBe('1,234');
    await waitFor(() => expect(field('Orders', /Total spent/).textContent).toBe('€99.50'));
    expect(field('Dates', /Modified/).textContent).toBe('—');
    const account = screen.getByRole('region', { name: 'Account' });
    expect(within(account).queryByRole('group', { name: /Role/ })).toBeNull();
    expect(screen.queryByRole('group', { name: /Paying customer/ })).toBeNull();
    expect(screen.getByText('API v1 does not return meta data.')).toBeTruthy();
    // An avatar URL that is not http(s) never becomes an image source.
    expect(document.querySelector('img[src^="javascript"]')).toBeNull();
  });

  it('v1: the creation date with the hour WooCommerce takes off a Berlin store put back', async () => {
    renderDetail({
      version: 'v1',
      customer: v1Customer(),
      intercept: (call, store) =>
        call.url.pathname === '/wp-json/'
          ? jsonResponse({
              name: 'Shop',
              url: 'https://shop.test',
              namespaces: ['wc/v1'],
              timezone_string: 'Europe/Berlin',
              gmt_offset: 1,
            })
          : store(call),
    });
    const registered = formatUtcInstant('2024-01-02T11:00:00', 'en');
    await waitFor(() => expect(field('Dates', /Created/).textContent).toBe(registered));
  });

  it('keeps unicode, right-to-left text, emoji and very long values intact', async () => {
    const long = 'ا'.repeat(500);
    renderDetail({
      customer: makeCustomer(9, {
        first_name: 'نور',
        last_name: '👩🏽‍💻',
        meta_data: [{ id: 3, key: 'note', value: long }],
      }),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'نور 👩🏽‍💻' })).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByRole('table', { name: 'Meta data' }).textContent).toContain(long),
    );
  });
});
