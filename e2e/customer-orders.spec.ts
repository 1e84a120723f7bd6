import { expect, test } from './support/fixtures';
import { LOCAL_ONLY } from './support/grid-fixtures';
import {
  connectApp,
  CustomerDetailScreen,
  readOrders,
  readVersion,
  type StoreCustomer,
} from './support/customer-detail';

test.use(LOCAL_ONLY);

const STATUS_WORDS: Record<string, string> = {
  pending: 'Pending payment',
  processing: 'Processing',
  'on-hold': 'On hold',
  completed: 'Completed',
  cancelled: 'Cancelled',
  refunded: 'Refunded',
  failed: 'Failed',
};

/** Seeded customers by id, with v2's orders_count (v3 has none). */
async function customersWith(
  store: Parameters<typeof readVersion>[0],
  accept: (c: StoreCustomer) => boolean,
): Promise<StoreCustomer> {
  const all = await readVersion<StoreCustomer[]>(
    store,
    'v2',
    'customers?per_page=100&orderby=id&order=asc',
  );
  const found = all.find(accept);
  if (!found) throw new Error('no seeded customer fits this test');
  return found;
}

test.describe('order history', () => {
  test('v3: the store’s orders newest first, a page at a time, with links into wp-admin', async ({
    page,
    appUrl,
    httpsStore,
    consoleErrors: _,
  }) => {
    const customer = await customersWith(httpsStore, (c) => (c.orders_count ?? 0) > 12);
    const orders = await readOrders(httpsStore, 'v3', customer.id);
    expect(orders).toHaveLength(customer.orders_count ?? -1);
    await connectApp(page, httpsStore, 'v3');
    const detail = new CustomerDetailScreen(page, appUrl);
    await detail.open(customer.id);

    await expect(detail.orderRows).toHaveCount(10);
    for (const [index, order] of orders.slice(0, 10).entries()) {
      const row = detail.orderRows.nth(index);
      const link = row.getByRole('link', {
        name: `Order #${order.number} (opens WordPress in a new tab)`,
      });
      await expect(link).toHaveAttribute(
        'href',
        `${httpsStore.url}/wp-admin/post.php?post=${order.id}&action=edit`,
      );
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      await expect(row).toContainText(STATUS_WORDS[order.status] ?? order.status);
      await expect(row).toContainText(order.payment_method_title);
      const items = order.line_items.reduce((sum, line) => sum + line.quantity, 0);
      await expect(row.getByRole('cell').nth(3)).toHaveText(String(items));
      const total = new Intl.NumberFormat('en', { style: 'currency', currency: order.currency });
      await expect(row.getByRole('cell').nth(5)).toHaveText(total.format(Number(order.total)));
    }
    await expect(detail.orders.getByRole('status')).toHaveText(
      `Showing 10 of ${orders.length} orders`,
    );

    // The next server page, by keyboard; focus lands on the first order that arrived.
    const more = detail.orders.getByRole('button', { name: /^Show \d+ more orders$/ });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(detail.orderRows).toHaveCount(Math.min(20, orders.length));
    await expect(page.locator(':focus')).toHaveText(`#${orders[10]?.number}`);

    await expect(
      page.getByRole('link', { name: 'Open this customer in WordPress (new tab)' }),
    ).toHaveAttribute('href', `${httpsStore.url}/wp-admin/user-edit.php?user_id=${customer.id}`);
  });

  test('v3: order count and total spent from analytics, marked as such', async ({
    page,
    appUrl,
    httpsStore,
    consoleErrors: _,
  }) => {
    const customer = await customersWith(httpsStore, (c) => (c.orders_count ?? 0) > 2);
    await connectApp(page, httpsStore, 'v3');
    const detail = new CustomerDetailScreen(page, appUrl);
    await detail.open(customer.id);
    const count = detail.field('Orders', 'Orders');
    await expect(count).toContainText(String(customer.orders_count));
    await expect(count).toContainText('from analytics');
    const spent = new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' });
    await expect(detail.field('Orders', 'Total spent')).toContainText(
      spent.format(Number(customer.total_spent)),
    );
    await expect(detail.section('Orders')).toContainText('can take a few minutes');
  });

  test('a customer without orders: "No orders yet"', async ({
    page,
    appUrl,
    httpsStore,
    consoleErrors: _,
  }) => {
    const customer = await customersWith(httpsStore, (c) => c.orders_count === 0);
    await connectApp(page, httpsStore, 'v3');
    const detail = new CustomerDetailScreen(page, appUrl);
    await detail.open(customer.id);
    await expect(detail.orders).toContainText('No orders yet.');
    await expect(detail.orders.getByRole('table')).toHaveCount(0);
  });

  test('a failed load shows the error with Retry and leaves the customer shown', async ({
    page,
    appUrl,
    httpsStore,
    consoleErrors: _,
  }) => {
    const customer = await customersWith(httpsStore, (c) => (c.orders_count ?? 0) > 0);
    // Until cleared: the app retries a 500 by itself (1 s, 2 s, 4 s) before showing it.
    httpsStore.handler.faults.add({
      match: { method: 'GET', path: '/wp-json/wc/v3/orders' },
      fault: { type: 'status', status: 500 },
      times: 100,
    });
    await connectApp(page, httpsStore, 'v3');
    const detail = new CustomerDetailScreen(page, appUrl);
    await detail.open(customer.id);
    await expect(detail.orders.getByRole('alert')).toBeVisible({ timeout: 20_000 });
    await expect(detail.heading).toHaveText(`${customer.first_name} ${customer.last_name}`);
    await expect(detail.section('Billing address')).toContainText(customer.billing.city ?? '');
    httpsStore.handler.faults.clear();
    await detail.orders.getByRole('button', { name: 'Retry' }).click();
    await expect(detail.orderRows).toHaveCount(Math.min(10, customer.orders_count ?? 0));
  });

  test('a key whose user may not read orders (403) gets a message that says so', async ({
    page,
    appUrl,
    httpsStore,
    consoleErrors: _,
  }) => {
    const customer = await customersWith(httpsStore, (c) => (c.orders_count ?? 0) > 0);
    httpsStore.handler.faults.add({
      match: { method: 'GET', path: '/wp-json/wc/v3/orders' },
      fault: {
        type: 'status',
        status: 403,
        body: {
          code: 'woocommerce_rest_cannot_view',
          message: 'Sorry, you cannot list resources.',
          data: { status: 403 },
        },
      },
      times: 1,
    });
    await connectApp(page, httpsStore, 'v3');
    const detail = new CustomerDetailScreen(page, appUrl);
    await detail.open(customer.id);
    await expect(detail.orders.getByRole('alert')).toContainText(
      'This API key may not read orders',
    );
    await detail.orders.getByRole('button', { name: 'Retry' }).click();
    await expect(detail.orderRows).toHaveCount(Math.min(10, customer.orders_count ?? 0));
  });

  test('a read-only key reads the orders (and gets no edit buttons)', async ({
    page,
    appUrl,
    httpsStore,
    consoleErrors: _,
  }) => {
    const customer = await customersWith(httpsStore, (c) => (c.orders_count ?? 0) > 0);
    await connectApp(page, httpsStore, 'v3', 'en', { readOnly: true });
    const detail = new CustomerDetailScreen(page, appUrl);
    await detail.open(customer.id);
    await expect(detail.orderRows).toHaveCount(Math.min(10, customer.orders_count ?? 0));
    await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0);
  });

  test('at 360 px each order is a list item with its number, status and total', async ({
    page,
    appUrl,
    httpsStore,
    consoleErrors: _,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    const customer = await customersWith(httpsStore, (c) => (c.orders_count ?? 0) > 1);
    const [latest] = await readOrders(httpsStore, 'v3', customer.id, 1);
    await connectApp(page, httpsStore, 'v3');
    const detail = new CustomerDetailScreen(page, appUrl);
    await detail.open(customer.id);
    const items = detail.orders.getByRole('list', { name: 'Order history' }).getByRole('listitem');
    await expect(items).toHaveCount(Math.min(10, customer.orders_count ?? 0));
    await expect(items.first()).toContainText(`#${latest?.number}`);
    await expect(items.first()).toContainText(STATUS_WORDS[latest?.status ?? ''] ?? '');
  });
});
