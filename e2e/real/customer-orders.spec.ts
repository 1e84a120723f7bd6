import { CustomerDetailScreen } from '../support/customer-detail';
import { syncRealAnalytics } from '../../differential/store-target';
import { connectReal, expect, storeList, test } from './support/real-fixtures';

// The order history against WooCommerce 7.9: a customer with orders in two currencies and three
// statuses, made through the REST API (and removed by the fixture afterwards).

interface RealOrder {
  id: number;
  number: string;
  status: string;
  currency: string;
  total: string;
}

test('order history: the store’s orders newest first, in their currencies, linked into wp-admin', async ({
  page,
  appUrl,
  store,
  data,
  consoleErrors: _,
}) => {
  const customer = await data.customer({ first_name: 'Orla', last_name: 'Real' });
  const product = await data.product({ name: `Mug ${data.tag}`, regular_price: '12.50' });
  const plan = [
    { status: 'completed', currency: 'EUR', quantity: 2 },
    { status: 'processing', currency: 'GBP', quantity: 1 },
    { status: 'pending', currency: 'EUR', quantity: 3 },
  ];
  for (const [i, order] of plan.entries()) {
    // A second apart, so newest first is well defined.
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, 1100));
    await data.order({
      customer_id: customer.id,
      status: order.status,
      currency: order.currency,
      payment_method: 'bacs',
      payment_method_title: 'Direct bank transfer',
      line_items: [{ product_id: product.id, quantity: order.quantity }],
    });
  }
  const expected = await storeList<RealOrder>(
    store,
    { customer: customer.id, orderby: 'date', order: 'desc' },
    '/wc/v3/orders',
  );
  expect(expected.total).toBe(3);
  await syncRealAnalytics();

  await connectReal(page, store);
  const detail = new CustomerDetailScreen(page, appUrl);
  await detail.open(customer.id);
  await expect(detail.orderRows).toHaveCount(3);
  const words: Record<string, string> = {
    completed: 'Completed',
    processing: 'Processing',
    pending: 'Pending payment',
  };
  for (const [index, order] of expected.items.entries()) {
    const row = detail.orderRows.nth(index);
    await expect(
      row.getByRole('link', { name: `Order #${order.number} (opens WordPress in a new tab)` }),
    ).toHaveAttribute('href', `${store.httpsUrl}/wp-admin/post.php?post=${order.id}&action=edit`);
    await expect(row).toContainText(words[order.status] ?? order.status);
    const money = new Intl.NumberFormat('en', { style: 'currency', currency: order.currency });
    await expect(row.getByRole('cell').nth(5)).toHaveText(money.format(Number(order.total)));
    await expect(row).toContainText('Direct bank transfer');
  }
  await expect(detail.orders.getByRole('status')).toHaveText('Showing 3 of 3 orders');
  await expect(
    page.getByRole('link', { name: 'Open this customer in WordPress (new tab)' }),
  ).toHaveAttribute('href', `${store.httpsUrl}/wp-admin/user-edit.php?user_id=${customer.id}`);
  // v3: the figures come from WooCommerce Analytics, and say so.
  await expect(detail.field('Orders', 'Orders')).toContainText('from analytics');
});
