import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeCustomer } from '../../api/testing/customer-fixtures';
import { jsonResponse } from '../../api/testing/fake-fetch';
import { renderDetail } from './detail-test-harness';

function order(id: number, extra: Record<string, unknown> = {}) {
  const day = String((id % 28) + 1).padStart(2, '0');
  return {
    id,
    number: String(id),
    status: 'completed',
    currency: 'EUR',
    date_created: `2024-03-${day}T13:05:06`,
    date_created_gmt: `2024-03-${day}T05:05:06`,
    total: '37.50',
    payment_method_title: 'PayPal',
    line_items: [{ quantity: 2 }, { quantity: 1 }],
    ...extra,
  };
}

const customer = makeCustomer(5, { first_name: 'Ana', last_name: 'Silva' });

async function ordersRegion() {
  return screen.findByRole('region', { name: 'Order history' });
}

describe('customer detail: order history', { timeout: 20_000 }, () => {
  it('lists orders with links into wp-admin, statuses in words, items, payment and the order’s currency', async () => {
    renderDetail({
      customer,
      siteUrl: 'https://shop.test/wp',
      orders: [
        order(1209, { currency: 'GBP', total: '1234.5', status: 'on-hold' }),
        order(1208, { status: 'wc-custom-status', number: '<img src=x onerror=alert(1)>' }),
        order(1207),
      ],
    });
    const region = await ordersRegion();
    const table = await within(region).findByRole('table', { name: 'Order history' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    const first = within(rows[0] as HTMLElement);
    const link = first.getByRole('link', { name: 'Order #1209 (opens WordPress in a new tab)' });
    expect(link.getAttribute('href')).toBe(
      'https://shop.test/wp/wp-admin/post.php?post=1209&action=edit',
    );
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(rows[0]?.textContent).toContain('On hold');
    expect(rows[0]?.textContent).toContain('£1,234.50');
    expect(rows[0]?.textContent).toContain('PayPal');
    expect(within(rows[0] as HTMLElement).getAllByRole('cell')[3]?.textContent).toBe('3');
    // Unknown statuses verbatim; hostile order numbers as text.
    expect(rows[1]?.textContent).toContain('wc-custom-status');
    expect(rows[1]?.textContent).toContain('#<img src=x onerror=alert(1)>');
    expect(region.querySelector('img')).toBeNull();
    expect(rows[2]?.textContent).toContain('€37.50');
    expect(within(region).getByRole('status').textContent).toBe('Showing 3 of 3 orders');
    // The customer's own profile in WordPress, under the same address.
    const open = screen.getByRole('link', { name: 'Open this customer in WordPress (new tab)' });
    expect(open.getAttribute('href')).toBe('https://shop.test/wp/wp-admin/user-edit.php?user_id=5');
    expect(open.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('shows more orders a server page at a time, and moves focus to the first new one', async () => {
    const orders = Array.from({ length: 12 }, (_, i) => order(1300 - i));
    const { calls } = renderDetail({ customer, orders });
    const region = await ordersRegion();
    await within(region).findByRole('link', { name: /Order #1300/ });
    expect(within(region).getAllByRole('row')).toHaveLength(11);
    await userEvent.click(within(region).getByRole('button', { name: 'Show 2 more orders' }));
    await waitFor(() => expect(within(region).getAllByRole('row')).toHaveLength(13));
    expect(within(region).getByRole('status').textContent).toBe('Showing 12 of 12 orders');
    expect(within(region).queryByRole('button', { name: /more orders/ })).toBeNull();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('#1290'));
    const pages = calls
      .filter((c) => c.url.pathname.endsWith('/orders'))
      .map((c) => c.url.searchParams.get('page'));
    expect(pages).toEqual(['1', '2']);
  });

  it('says when there are no orders yet', async () => {
    renderDetail({ customer, orders: [] });
    const region = await ordersRegion();
    expect(await within(region).findByText('No orders yet.')).toBeTruthy();
  });

  it('shows a failure with Retry, without hiding the customer; Retry loads the orders', async () => {
    let fail = true;
    renderDetail({
      customer,
      orders: [order(1207)],
      intercept: (call, store) =>
        call.url.pathname.endsWith('/orders') && fail
          ? jsonResponse(
              { code: 'internal_server_error', message: 'Boom', data: { status: 500 } },
              { status: 500 },
            )
          : store(call),
    });
    const region = await ordersRegion();
    const retry = await within(region).findByRole('button', { name: 'Retry' });
    expect(screen.getByRole('region', { name: 'Account' }).textContent).toContain('Ana');
    fail = false;
    await userEvent.click(retry);
    expect(await within(region).findByRole('link', { name: /Order #1207/ })).toBeTruthy();
  });

  it('says so when the key may not read orders (403)', async () => {
    renderDetail({
      customer,
      intercept: (call, store) =>
        call.url.pathname.endsWith('/orders')
          ? jsonResponse(
              {
                code: 'woocommerce_rest_cannot_view',
                message: 'Sorry, you cannot list resources.',
                data: { status: 403 },
              },
              { status: 403 },
            )
          : store(call),
    });
    const region = await ordersRegion();
    expect(await within(region).findByText(/This API key may not read orders/)).toBeTruthy();
  });

  it('v3: order count and total spent from analytics, rounded and marked as such', async () => {
    renderDetail({
      customer,
      analytics: [
        {
          id: 3,
          user_id: 5,
          orders_count: 7,
          total_spend: 122.69999999999999,
          avg_order_value: 17.53,
        },
      ],
    });
    const stats = screen.getByRole('region', { name: 'Orders' });
    await waitFor(() => expect(stats.textContent).toContain('€122.70'));
    expect(stats.textContent).toContain('7');
    expect(within(stats).getAllByText('from analytics')).toHaveLength(2);
    expect(stats.textContent).toContain('new orders can take a few minutes');
  });

  it('v3 without wc-analytics says the figures are not available', async () => {
    renderDetail({ customer });
    const stats = screen.getByRole('region', { name: 'Orders' });
    await waitFor(() => expect(stats.textContent).toContain('has no WooCommerce Analytics'));
  });
});
