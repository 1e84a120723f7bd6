import { sendToStore } from '../../differential/store-target';
import { ConnectScreen } from '../support/connect-screen';
import { CustomersGridScreen } from '../support/customers-grid';
import { connectReal, expect, storeList, test, type RealCustomer } from './support/real-fixtures';

// Connecting and the grid against the real store: every expectation comes from the store's own
// answer to the same question (read over OAuth by the reference library, not by the app).

test('connects over https with Basic auth and lists what the store lists', async ({
  page,
  appUrl,
  store,
  data,
  consoleErrors: _,
}) => {
  await data.customers(3, (i) => ({ first_name: `Basic${i}` }));
  const screen = new ConnectScreen(page);
  await screen.open(appUrl);
  await screen.fill({ storeUrl: store.httpsUrl, key: store.keys.key, secret: store.keys.secret });
  await screen.connect();
  await expect(page.getByRole('heading', { name: 'Customers' })).toBeVisible();
  const grid = new CustomersGridScreen(page, appUrl);
  const first = await storeList<RealCustomer>(store, { per_page: 25 });
  await grid.expectRows(first.items);
  await expect(grid.range).toContainText(`of ${first.total}`);
});

test('connects over plain http with OAuth 1.0a', async ({
  page,
  appUrl,
  store,
  data,
  consoleErrors: _,
}) => {
  const [made] = await data.customers(1, () => ({ first_name: 'Signed' }));
  const screen = new ConnectScreen(page);
  await screen.open(appUrl);
  await screen.fill({ storeUrl: store.httpUrl, key: store.keys.key, secret: store.keys.secret });
  await screen.connect();
  const grid = new CustomersGridScreen(page, appUrl);
  await grid.search.fill(data.tag);
  await grid.expectRows([made!]);
});

test('a read-only key connects with a warning, and the store refuses its writes', async ({
  page,
  appUrl,
  store,
  data,
  consoleErrors: _,
}) => {
  const customer = await data.customer({ first_name: 'Readonly' });
  const screen = new ConnectScreen(page);
  await screen.open(appUrl);
  await screen.fill({
    storeUrl: store.httpsUrl,
    key: store.keys.readKey,
    secret: store.keys.readSecret,
  });
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByRole('status')).toContainText('read-only');
  await screen.connect();
  await expect(page.getByRole('heading', { name: 'Customers' })).toBeVisible();
  const grid = new CustomersGridScreen(page, appUrl);
  await grid.search.fill(data.tag);
  await grid.expectRows([customer]);
  // What the app is told when it writes with this key.
  const refused = await sendToStore(store, {
    method: 'PUT',
    path: `/wc/v3/customers/${customer.id}`,
    body: { first_name: 'Changed' },
    auth: 'basic',
    scheme: 'https',
    key: 'read',
  });
  expect(refused.status).toBe(401);
  expect(refused.json).toMatchObject({ code: 'woocommerce_rest_authentication_error' });
  const after = await storeList<RealCustomer>(store, { include: customer.id });
  expect(after.items[0]?.first_name).toBe('Readonly');
});

test('grid: paging, search, filters and sort match the store', async ({
  page,
  appUrl,
  store,
  data,
  consoleErrors: _,
}) => {
  const names = [
    'Quinn',
    'Abel',
    'Mara',
    'Zed',
    'Bea',
    'Otto',
    'Ines',
    'Carl',
    'Yara',
    'Dina',
    'Hugo',
    'Pia',
  ];
  const made = await data.customers(names.length, (i) => ({
    first_name: names[i],
    last_name: 'Real',
  }));
  await connectReal(page, store, { scheme: 'http' });
  const grid = new CustomersGridScreen(page, appUrl);
  await grid.open();
  await expect(grid.dataRows.first()).toBeVisible();

  // Search (the store's rule: the tag is in the emails) and paging, 10 per page.
  await grid.search.fill(data.tag);
  await expect(grid.chip(`Search: ${data.tag}`)).toBeVisible();
  await grid.choosePageSize(10);
  const page1 = await storeList<RealCustomer>(store, { search: data.tag, per_page: 10 });
  expect(page1.total).toBe(made.length);
  await grid.expectRows(page1.items);
  await expect(grid.range).toContainText(`of ${page1.total}`);
  await grid.button('Next page').click();
  await grid.expectRows(
    (await storeList<RealCustomer>(store, { search: data.tag, per_page: 10, page: 2 })).items,
  );

  // Sort by the store's orderby options from the headers (names differ; registration times of
  // one batch tie, and MySQL leaves ties in no promised order).
  // Name ascending is the default: the first click turns it round.
  await grid.sortButton('Name').click();
  await expect(grid.columnHeader('Name')).toHaveAttribute('aria-sort', 'descending');
  const direction = 'desc';
  await grid.expectRows(
    (
      await storeList<RealCustomer>(store, {
        search: data.tag,
        per_page: 10,
        orderby: 'name',
        order: direction,
      })
    ).items,
  );
  await grid.sortButton('ID').click();
  await expect(grid.columnHeader('ID')).toHaveAttribute('aria-sort', 'ascending');
  const idDirection = 'asc';
  await grid.expectRows(
    (
      await storeList<RealCustomer>(store, {
        search: data.tag,
        per_page: 10,
        orderby: 'id',
        order: idDirection,
      })
    ).items,
  );

  // Filters: an exact email (in capitals: the store compares without case), then ids.
  const target = made[4]!;
  let dialog = await grid.openFilters();
  await dialog.getByRole('textbox', { name: 'Exact email' }).fill(target.email.toUpperCase());
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await grid.expectRows([target]);
  await grid.chip(`Email: ${target.email.toUpperCase()}`).press('Delete');
  await grid.expectRows(
    (
      await storeList<RealCustomer>(store, {
        search: data.tag,
        per_page: 10,
        orderby: 'id',
        order: idDirection,
      })
    ).items,
  );

  const ordered = [made[7]!.id, made[1]!.id, made[3]!.id];
  dialog = await grid.openFilters();
  await dialog.getByRole('textbox', { name: 'Only these IDs' }).fill(ordered.join(' '));
  await dialog.getByRole('checkbox', { name: 'Sort in the order of these IDs' }).check();
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await grid.expectRows(
    (await storeList<RealCustomer>(store, { include: ordered.join(','), orderby: 'include' }))
      .items,
  );
  await grid.button('Clear all').click();
  await expect(page.getByRole('list', { name: 'Active filters' })).toBeHidden();

  // A first name is not searched by the store: the grid finds none of this test's customers.
  await grid.search.fill('Yara');
  const yara = await storeList<RealCustomer>(store, { search: 'Yara', per_page: 25 });
  expect(yara.items.some((c) => c.email.includes(data.tag))).toBe(false);
  await expect(grid.table).not.toContainText(made[8]!.email);
});
