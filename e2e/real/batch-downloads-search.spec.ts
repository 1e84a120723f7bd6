import type { Request } from '@playwright/test';
import { AdvancedSearchScreen } from '../support/advanced-search';
import { importCsv, newCustomersCsv, queueImported } from '../support/batch-csv';
import { BatchScreen } from '../support/batch-screen';
import { CustomerDetailScreen } from '../support/customer-detail';
import { sendToStore, syncRealAnalytics } from '../../differential/store-target';
import { connectReal, expect, storeList, test, type RealCustomer } from './support/real-fixtures';

// Batches, CSV import, downloads and the wc-analytics search on the real store.

interface BatchBody {
  create?: unknown[];
  update?: unknown[];
  delete?: unknown[];
}

function batchBodies(requests: Request[]): BatchBody[] {
  return requests
    .filter((r) => r.method() === 'POST' && r.url().includes('/customers/batch'))
    .map((r) => r.postDataJSON() as BatchBody);
}

test('a batch of creates, updates and deletes is applied by the store', async ({
  page,
  appUrl,
  store,
  data,
  consoleErrors: _,
}) => {
  const [a, b, c] = await data.customers(3, (i) => ({
    first_name: `Batch${i}`,
    billing: { country: 'DE' },
  }));
  await connectReal(page, store, { scheme: 'http' });
  const batch = new BatchScreen(page, appUrl);
  await batch.openGrid(`search=${data.tag}`);
  await expect(batch.gridRows).toHaveCount(3);
  const rowOf = (email: string) => batch.gridRows.filter({ hasText: email });
  await rowOf(a!.email).getByRole('checkbox').check();
  await rowOf(b!.email).getByRole('checkbox').check();
  await batch.addToBatch('updates');
  await batch.bulkEdit({ 'Billing country': 'NZ', 'meta:tier': 'gold' });
  await batch.button('Clear selection').click();
  await rowOf(c!.email).getByRole('checkbox').check();
  await batch.addToBatch('deletes');
  await batch.navLink(3).click();
  await batch.button('Add customer').click();
  await batch.cell('Email', 1).fill(`${data.tag}-new@real.test`);
  await batch.cell('First name', 1).fill('Nova');
  await batch.cell('First name', 1).press('Enter');
  await expect(batch.counts).toHaveText('1 to create · 2 to update · 1 to delete');
  await batch.reviewAndSend(4);
  await expect(page.getByText('All operations succeeded. The queue is empty.')).toBeVisible();

  const after = await storeList<RealCustomer>(store, {
    search: data.tag,
    orderby: 'id',
    order: 'asc',
  });
  expect(after.items.map((x) => x.email)).toEqual([
    a!.email,
    b!.email,
    `${data.tag}-new@real.test`,
  ]);
  for (const updated of after.items.slice(0, 2)) {
    expect(updated.billing.country).toBe('NZ');
    expect(updated.meta_data).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: 'tier', value: 'gold' })]),
    );
  }
  expect(after.items[2]?.first_name).toBe('Nova');
});

test('a 250-row CSV import goes to the store in chunks of at most 100', async ({
  page,
  appUrl,
  store,
  data,
  consoleErrors: _,
}) => {
  test.setTimeout(240_000);
  await connectReal(page, store, { scheme: 'http' });
  const batch = new BatchScreen(page, appUrl);
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  await batch.openEditor();
  await importCsv(page, newCustomersCsv(250, data.tag), {
    expectSummary: '250 rows are ready (250 creates, 0 updates); 0 rows have problems.',
  });
  await queueImported(page, 250);
  await batch.button('Review and send').click();
  const review = page.getByRole('dialog', { name: 'Review 250 operations' });
  await expect(review.getByText('This takes 3 requests of at most 100 operations.')).toBeVisible();
  await review.getByRole('button', { name: 'Send 250 operations' }).click();
  await expect(page.getByText('All operations succeeded. The queue is empty.')).toBeVisible({
    timeout: 180_000,
  });

  const sizes = batchBodies(requests).map(
    (b) => (b.create?.length ?? 0) + (b.update?.length ?? 0) + (b.delete?.length ?? 0),
  );
  expect(sizes.reduce((sum, n) => sum + n, 0)).toBe(250);
  expect(Math.max(...sizes)).toBeLessThanOrEqual(100);
  expect((await storeList(store, { search: data.tag, per_page: 1 })).total).toBe(250);
});

test('downloads: a completed order of a downloadable product grants one, shown on the detail', async ({
  page,
  appUrl,
  store,
  data,
  consoleErrors: _,
}) => {
  const customer = await data.customer({ first_name: 'Downloader', last_name: 'Real' });
  const product = await data.product({
    name: `E-book ${data.tag}`,
    type: 'simple',
    regular_price: '9.99',
    virtual: true,
    downloadable: true,
    downloads: [{ name: 'Chapter one', file: 'https://example.com/chapter-one.pdf' }],
    download_limit: 5,
    download_expiry: -1,
  });
  await data.order({
    customer_id: customer.id,
    status: 'completed',
    set_paid: true,
    billing: { email: customer.email, first_name: 'Downloader', last_name: 'Real' },
    line_items: [{ product_id: product.id, quantity: 1 }],
  });
  const answer = await sendToStore(store, {
    path: `/wc/v3/customers/${customer.id}/downloads`,
    auth: 'oauth-header',
  });
  const downloads = answer.json as {
    download_name: string;
    product_name: string;
    order_id: number;
    downloads_remaining: string;
  }[];
  expect(downloads).toHaveLength(1);

  await connectReal(page, store);
  const detail = new CustomerDetailScreen(page, appUrl);
  await detail.open(customer.id);
  await expect(detail.downloadRows).toHaveCount(1);
  const row = detail.downloadRows.first();
  await expect(row).toContainText(downloads[0]!.product_name);
  await expect(row).toContainText('Chapter one');
  await expect(row).toContainText(`Order #${downloads[0]!.order_id}`);
  await expect(row).toContainText(downloads[0]!.downloads_remaining);
});

test('advanced search finds customers by first name through wc-analytics', async ({
  page,
  appUrl,
  store,
  data,
  consoleErrors: _,
}) => {
  const first = `Zephyrine${data.tag.slice(-4)}`;
  const [match] = await data.customers(2, (i) => ({
    first_name: i === 0 ? first : 'Other',
    last_name: 'Indexed',
    billing: { country: 'DE' },
  }));
  await syncRealAnalytics();
  await connectReal(page, store);
  const search = new AdvancedSearchScreen(page, appUrl);
  await search.open();
  await search.search.fill(first.slice(0, 8));
  const index = await sendToStore(store, {
    path: '/wc-analytics/reports/customers',
    query: { search: first.slice(0, 8) },
    scheme: 'https',
    auth: 'basic',
  });
  const rows = index.json as { email: string }[];
  expect(rows.map((r) => r.email)).toContain(match!.email);
  await expect(search.rowOf(match!.email)).toBeVisible();
  await expect(search.rows).toHaveCount(rows.length);
});
