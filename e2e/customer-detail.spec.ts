import { expect, test } from './support/fixtures';
import { LOCAL_ONLY } from './support/grid-fixtures';
import {
  connectApp,
  CustomerDetailScreen,
  findCustomers,
  readVersion,
  shownDateTime,
  type StoreCustomer,
} from './support/customer-detail';

test.use(LOCAL_ONLY);

const countryName = (code: string, locale = 'en') =>
  new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
const fullName = (c: StoreCustomer) => `${c.first_name} ${c.last_name}`;

test.describe('customer detail view', () => {
  test('v3: account, dates, addresses and meta_data, read-only fields marked', async ({
    page,
    appUrl,
    httpsStore,
    consoleErrors: _,
  }) => {
    const { customer } = await findCustomers(httpsStore, 'v3', (c) =>
      Boolean(
        c.meta_data?.some((row) => typeof row.value === 'object') &&
        c.meta_data.some((row) => row.key.startsWith('_')) &&
        c.shipping.address_1,
      ),
    );
    await connectApp(page, httpsStore, 'v3');
    const detail = new CustomerDetailScreen(page, appUrl);
    await detail.open(customer.id);

    await expect(detail.heading).toHaveText(fullName(customer));
    await expect(detail.field('Account', 'Email')).toHaveText(customer.email);
    await expect(detail.field('Account', 'Username')).toHaveText(customer.username);
    await expect(detail.field('Account', 'Role')).toHaveText('Customer');
    // Read-only fields say so to screen readers; editable ones do not.
    const group = (name: string) => detail.section('Account').getByRole('group', { name });
    await expect(group('Username')).toHaveAccessibleName('Username (read-only)');
    await expect(group('Email')).toHaveAccessibleName('Email');
    await expect(detail.field('Dates', 'Created')).toContainText('(store time)');
    await expect(detail.field('Orders', 'Paying customer')).toHaveText(
      customer.is_paying_customer ? 'Yes' : 'No',
    );
    // v3 has no order count or spend; this store has the analytics index, so they come from it.
    await expect(detail.section('Orders')).toContainText(
      'API v3 does not return these, so they come from WooCommerce Analytics',
    );
    await expect(detail.section('Orders')).toContainText('from analytics');

    const billing = detail.section('Billing address');
    await expect(billing).toContainText(customer.billing.address_1 ?? '');
    await expect(billing).toContainText(countryName(customer.billing.country ?? ''));
    await expect(detail.section('Shipping address')).toContainText(
      countryName(customer.shipping.country ?? ''),
    );

    const meta = detail.section('Meta data').getByRole('table', { name: 'Meta data' });
    const rows = meta.getByRole('row').filter({ has: page.getByRole('cell') });
    await expect(rows).toHaveCount(customer.meta_data?.length ?? 0);
    for (const item of customer.meta_data ?? []) {
      const row = rows.filter({ hasText: item.key }).first();
      const value = row.getByRole('cell').nth(1);
      if (typeof item.value === 'object') {
        // Structured values as indented JSON, exactly.
        await expect(value).toHaveJSProperty('textContent', JSON.stringify(item.value, null, 2));
      } else {
        await expect(value).toHaveText(String(item.value));
      }
      if (item.key.startsWith('_')) await expect(row).toContainText('internal');
    }
    // The lead's actions sit in the header once the full customer is known.
    await expect(page.getByRole('link', { name: 'Edit', exact: true })).toBeVisible();
  });

  test('v2: orders count and total spent in the store currency, meta_data present', async ({
    page,
    appUrl,
    httpsStore,
    consoleErrors: _,
  }) => {
    const { customer } = await findCustomers(httpsStore, 'v2', (c) => (c.orders_count ?? 0) > 1);
    const { code } = await readVersion<{ code: string }>(
      httpsStore,
      'v3',
      'data/currencies/current',
    );
    await connectApp(page, httpsStore, 'v2');
    const detail = new CustomerDetailScreen(page, appUrl);
    await detail.open(customer.id);

    await expect(detail.field('Orders', 'Orders')).toHaveText(String(customer.orders_count));
    const money = new Intl.NumberFormat('en', { style: 'currency', currency: code });
    await expect(detail.field('Orders', 'Total spent')).toHaveText(
      money.format(Number(customer.total_spent)),
    );
    await expect(detail.field('Orders', 'Paying customer')).toBeVisible();
    await expect(detail.section('Orders')).not.toContainText('API v3');
    await expect(detail.field('Account', 'Role')).toBeVisible();
    await expect(detail.field('Dates', 'Modified')).toBeVisible();
    await expect(detail.section('Meta data')).toBeVisible();
  });

  test('v1: last order, no role or paying flag, meta data not in this version, UTC dates', async ({
    page,
    appUrl,
    httpsStore,
    consoleErrors: _,
  }) => {
    const { customer } = await findCustomers(httpsStore, 'v1', (c) => Boolean(c.last_order?.id));
    await connectApp(page, httpsStore, 'v1');
    const detail = new CustomerDetailScreen(page, appUrl);
    await detail.open(customer.id);

    await expect(detail.field('Orders', 'Last order')).toContainText(
      `Order #${customer.last_order?.id}`,
    );
    await expect(detail.field('Orders', 'Orders')).toHaveText(String(customer.orders_count));
    await expect(detail.field('Account', 'Username')).toHaveText(customer.username);
    await expect(detail.field('Account', 'Role')).toHaveCount(0);
    await expect(detail.field('Orders', 'Paying customer')).toHaveCount(0);
    await expect(detail.section('Meta data')).toContainText('API v1 does not return meta data.');
    await expect(detail.section('Dates')).toContainText('API v1 sends these times in UTC');
    await expect(detail.field('Dates', 'Created')).not.toContainText('store time');
    // v1 prints the creation time early by the site's offset (8 hours for the demo store's
    // Shanghai, as WooCommerce does); the screen shows v3's GMT time, in the viewer's zone.
    const [v3] = await readVersion<{ date_created_gmt: string }[]>(
      httpsStore,
      'v3',
      `customers?include=${customer.id}`,
    );
    const registered = await shownDateTime(page, v3?.date_created_gmt ?? '');
    await expect(detail.field('Dates', 'Created')).toContainText(registered);
  });

  test('Chinese: sections and country names in the UI language', async ({
    page,
    appUrl,
    httpsStore,
    consoleErrors: _,
  }) => {
    const { customer } = await findCustomers(httpsStore, 'v3', (c) => Boolean(c.billing.country));
    await connectApp(page, httpsStore, 'v3', 'zh-CN');
    const detail = new CustomerDetailScreen(page, appUrl);
    await detail.open(customer.id);
    await expect(detail.section('账单地址')).toContainText(
      countryName(customer.billing.country ?? '', 'zh-CN'),
    );
    await expect(detail.field('账户', '用户名')).toHaveText(customer.username);
    await expect(page.getByRole('link', { name: '返回客户列表' })).toBeVisible();
  });
});
