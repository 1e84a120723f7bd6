import { expect, test } from './support/fixtures';
import { LOCAL_ONLY } from './support/grid-fixtures';
import { connectApp, CustomerDetailScreen, findCustomers } from './support/customer-detail';

test.use(LOCAL_ONLY);

test.describe('downloads panel', () => {
  test('v3: every permission with product, file, order, limits and expiry; copy link', async ({
    page,
    appUrl,
    httpsStore,
    consoleErrors: _,
  }) => {
    const { customer, downloads } = await findCustomers(
      httpsStore,
      'v3',
      (_c, d) => d.length >= 2 && d.some((x) => x.access_expires === 'never'),
    );
    await connectApp(page, httpsStore, 'v3');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(appUrl).origin,
    });
    const detail = new CustomerDetailScreen(page, appUrl);
    await detail.open(customer.id);

    await expect(detail.downloadRows).toHaveCount(downloads.length);
    for (const [index, download] of downloads.entries()) {
      const row = detail.downloadRows.nth(index);
      await expect(row).toContainText(download.product_name ?? '');
      await expect(row).toContainText(`Product #${download.product_id}`);
      await expect(row).toContainText(download.download_name);
      await expect(row).toContainText(`Order #${download.order_id}`);
      await expect(row).toContainText(download.order_key);
      await expect(row).toContainText(
        download.downloads_remaining === 'unlimited' ? 'Unlimited' : download.downloads_remaining,
      );
      if (download.access_expires === 'never') await expect(row).toContainText('Never');
      const open = row.getByRole('link', { name: /^Open download link for/ });
      await expect(open).toHaveAttribute('href', download.download_url);
    }

    const first = downloads[0];
    if (!first) throw new Error('no downloads');
    await detail.downloadRows
      .first()
      .getByRole('button', { name: `Copy download link for ${first.download_name}` })
      .click();
    await expect(page.getByRole('alert')).toHaveText(
      `Download link for ${first.download_name} copied.`,
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(first.download_url);
  });

  test('v1: products by id only (v1 has no product name)', async ({
    page,
    appUrl,
    httpsStore,
    consoleErrors: _,
  }) => {
    const { customer, downloads } = await findCustomers(httpsStore, 'v1', (_c, d) => d.length > 0);
    await connectApp(page, httpsStore, 'v1');
    const detail = new CustomerDetailScreen(page, appUrl);
    await detail.open(customer.id);
    await expect(detail.downloadRows).toHaveCount(downloads.length);
    const [first] = downloads;
    expect(first?.product_name).toBeUndefined();
    await expect(detail.downloadRows.first().getByRole('cell').first()).toHaveText(
      `Product #${first?.product_id}`,
    );
  });

  test('a customer without downloads: "no downloads"', async ({
    page,
    appUrl,
    httpsStore,
    consoleErrors: _,
  }) => {
    const { customer } = await findCustomers(httpsStore, 'v3', (_c, d) => d.length === 0);
    await connectApp(page, httpsStore, 'v3');
    const detail = new CustomerDetailScreen(page, appUrl);
    await detail.open(customer.id);
    await expect(detail.downloads).toContainText('No downloads');
    await expect(detail.downloads.getByRole('table')).toHaveCount(0);
  });

  test('a failed load shows the error with Retry, which loads them', async ({
    page,
    appUrl,
    httpsStore,
    consoleErrors: _,
  }) => {
    const { customer, downloads } = await findCustomers(httpsStore, 'v3', (_c, d) => d.length > 0);
    httpsStore.handler.faults.add({
      match: { method: 'GET', path: `/wp-json/wc/v3/customers/${customer.id}/downloads` },
      fault: {
        type: 'status',
        status: 403,
        body: { code: 'woocommerce_rest_cannot_view', message: 'No.', data: { status: 403 } },
      },
      times: 1,
    });
    await connectApp(page, httpsStore, 'v3');
    const detail = new CustomerDetailScreen(page, appUrl);
    await detail.open(customer.id);
    await expect(detail.downloads.getByRole('alert')).toContainText('not allowed');
    await expect(detail.heading).toHaveText(`${customer.first_name} ${customer.last_name}`);
    await detail.downloads.getByRole('button', { name: 'Retry' }).click();
    await expect(detail.downloadRows).toHaveCount(downloads.length);
  });

  test('at 360 px each download is a list of its labelled fields', async ({
    page,
    appUrl,
    httpsStore,
    consoleErrors: _,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    const { customer, downloads } = await findCustomers(httpsStore, 'v3', (_c, d) => d.length > 0);
    await connectApp(page, httpsStore, 'v3');
    const detail = new CustomerDetailScreen(page, appUrl);
    await detail.open(customer.id);
    const items = detail.downloads.getByRole('list', { name: 'Downloads' }).getByRole('listitem');
    await expect(items).toHaveCount(downloads.length);
    await expect(
      items.first().getByRole('group', { name: 'Order' }).getByRole('definition'),
    ).toContainText(downloads[0]?.order_key ?? '');
  });
});
