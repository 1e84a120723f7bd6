import { expect, LOCAL_ONLY, test } from './support/grid-fixtures';
import { AdvancedSearchScreen, readIndex } from './support/advanced-search';
import { readStorePage } from './support/grid-store';
import { readFromStore } from './support/store-client';

// Advanced search against the big demo store (1,200 customers and 300 guests, plain HTTP, OAuth).
// Every expectation is read from the store itself, independently of the app.

test.use(LOCAL_ONLY);

test('finds a customer by a first name that the normal search cannot find', async ({
  grid,
  bigStore,
  appUrl,
  consoleErrors: _,
}) => {
  // A checkout-style account: display name = username, so the customers API never sees the name.
  const { db } = bigStore.handler;
  const target = [...Array(db.nextUserId).keys()]
    .map((id) => db.get(id))
    .find(
      (user) =>
        user?.role === 'customer' &&
        /^[A-Za-z]{4,}$/.test(user.firstName) &&
        !db.searchFields(user).all.includes(user.firstName.toLowerCase()),
    )!;
  expect(target).toBeDefined();

  await grid.search.fill(target.firstName);
  await expect(grid.page).toHaveURL(new RegExp(`search=${target.firstName}`));
  const normal = await readStorePage(bigStore, `search=${target.firstName}&per_page=25`);
  expect(normal.items.map((customer) => customer.id)).not.toContain(target.id);
  if (normal.items.length === 0) await expect(grid.table).toContainText('No customers match');
  else await grid.expectRows(normal.items);
  await expect(grid.table).not.toContainText(target.email);
  // The grid's hint says what its search matches and leads to advanced search, term included.
  await grid.page
    .getByText(/^Matches username, email/)
    .getByRole('link', { name: 'Advanced search' })
    .click();

  const search = new AdvancedSearchScreen(grid.page, appUrl);
  await expect(search.search).toHaveValue(target.firstName);
  const expected = await readIndex(bigStore, `search=${target.firstName}&per_page=25`);
  expect(expected.items.map((row) => row.user_id)).toContain(target.id);
  await search.expectRows(expected);
  await expect(search.rowOf(target.email)).toContainText(`${target.firstName} ${target.lastName}`);
  await expect(search.mode('Advanced search')).toHaveAttribute('aria-current', 'page');
});

test('each filter, the search fields and match=any ask the index and show what it answers', async ({
  grid,
  bigStore,
  appUrl,
  consoleErrors: _,
}) => {
  const search = new AdvancedSearchScreen(grid.page, appUrl);
  await search.open();
  await search.expectRows(await readIndex(bigStore, 'per_page=25'));

  const steps: { fill: [string, string][]; query: string; chip: RegExp }[] = [
    { fill: [['Country is', 'de, fr']], query: 'country_includes=DE,FR', chip: /^Country: DE, FR/ },
    { fill: [['Country is not', 'FR']], query: 'country_excludes=FR', chip: /^Country not: FR/ },
    {
      fill: [
        ['Orders at least', '2'],
        ['Orders at most', '20'],
      ],
      query: 'orders_count_min=2&orders_count_max=20',
      chip: /^Orders: 2 – 20/,
    },
    {
      fill: [
        ['Total spend at least', '100'],
        ['Total spend at most', '5000'],
      ],
      query: 'total_spend_min=100&total_spend_max=5000',
      chip: /^Total spend:/,
    },
    {
      fill: [
        ['Average order value at least', '20'],
        ['Average order value at most', '400'],
      ],
      query: 'avg_order_value_min=20&avg_order_value_max=400',
      chip: /^Average order value:/,
    },
    {
      fill: [
        ['Registered from', '2019-06-01'],
        ['Registered until', '2026-06-30'],
      ],
      query: 'registered_after=2019-06-01T00:00:00&registered_before=2026-06-30T23:59:59',
      chip: /^Registered:/,
    },
    {
      fill: [
        ['Last active from', '2020-01-01'],
        ['Last active until', '2026-10-31'],
      ],
      query: 'last_active_after=2020-01-01T00:00:00&last_active_before=2026-10-31T23:59:59',
      chip: /^Last active:/,
    },
    {
      fill: [
        ['Last order from', '2021-01-01'],
        ['Last order until', '2026-10-31'],
      ],
      query: 'last_order_after=2021-01-01T00:00:00&last_order_before=2026-10-31T23:59:59',
      chip: /^Last order:/,
    },
  ];
  test.setTimeout(120_000);
  for (const step of steps) {
    const dialog = await search.openFilters();
    for (const [label, value] of step.fill)
      await dialog.getByLabel(label, { exact: true }).fill(value);
    await dialog.getByRole('button', { name: 'Apply filters' }).click();
    await expect(search.chip(step.chip)).toBeVisible();
    await search.expectRows(await readIndex(bigStore, `per_page=25&${step.query}`));
    await search.button('Clear all').click();
    await expect(search.chip(step.chip)).toHaveCount(0);
  }

  // All conditions, then "any": each group (WooCommerce's WHERE/HAVING) needs one of its own.
  const dialog = await search.openFilters();
  await dialog.getByLabel('Country is', { exact: true }).fill('DE');
  await dialog.getByLabel('Registered from', { exact: true }).fill('2025-01-01');
  await dialog.getByLabel('Orders at least', { exact: true }).fill('10');
  await dialog.getByLabel('Total spend at most', { exact: true }).fill('100');
  await dialog.getByRole('button', { name: 'Apply filters' }).click();
  const both =
    'country_includes=DE&registered_after=2025-01-01T00:00:00&orders_count_min=10&total_spend_max=100';
  await search.expectRows(await readIndex(bigStore, `per_page=25&${both}`));
  await search.choose('Conditions', 'Match any condition');
  await expect(grid.page.getByText(/must meet at least one of each kind used/)).toBeVisible();
  const any = await readIndex(bigStore, `per_page=25&${both}&match=any`);
  expect(any.total).toBeGreaterThan(0);
  await search.expectRows(any);

  await search.button('Clear all').click();
  await search.search.fill('example.org');
  await search.choose('Search in', 'Email');
  await search.expectRows(
    await readIndex(bigStore, 'per_page=25&search=example.org&searchby=email'),
  );
  await search.choose('Search in', 'Username');
  await search.expectRows(
    await readIndex(bigStore, 'per_page=25&search=example.org&searchby=username'),
  );
});

test('sorts by each of the index options and pages on the server', async ({
  grid,
  bigStore,
  appUrl,
  consoleErrors: _,
}) => {
  const search = new AdvancedSearchScreen(grid.page, appUrl);
  await search.open();
  await search.choose('Sort by', 'Total spend');
  await search.expectRows(await readIndex(bigStore, 'per_page=25&orderby=total_spend&order=desc'));
  await search.choose('Order', 'Ascending');
  await search.expectRows(await readIndex(bigStore, 'per_page=25&orderby=total_spend&order=asc'));
  for (const [label, orderby] of [
    ['City', 'city'],
    ['Username', 'username'],
    ['Postcode', 'postcode'],
    ['Last active', 'date_last_active'],
  ] as const) {
    await search.choose('Sort by', label);
    await search.expectRows(await readIndex(bigStore, `per_page=25&orderby=${orderby}&order=asc`));
  }
  // A header click sorts by that column, a second click flips it.
  await search.table.getByRole('button', { name: 'Orders', exact: true }).click();
  await search.expectRows(await readIndex(bigStore, 'per_page=25&orderby=orders_count&order=asc'));
  await search.table.getByRole('button', { name: 'Orders', exact: true }).click();
  await search.expectRows(await readIndex(bigStore, 'per_page=25&orderby=orders_count&order=desc'));
  await search.button('Next page').click();
  await search.expectRows(
    await readIndex(bigStore, 'per_page=25&orderby=orders_count&order=desc&page=2'),
  );
});

test('shows a guest read-only and lets only registered rows be picked', async ({
  grid,
  bigStore,
  appUrl,
  consoleErrors: _,
}) => {
  const search = new AdvancedSearchScreen(grid.page, appUrl);
  // Ascending registration puts guests (no registration date) first, as MySQL sorts NULL.
  await search.open('order=asc');
  const expected = await readIndex(bigStore, 'per_page=25&order=asc');
  await search.expectRows(expected);
  const guest = expected.items.find((row) => row.user_id === null)!;
  const row = search.rowOf(guest.email);
  await expect(row).toContainText('Guest (no account)');
  await expect(row.getByRole('link')).toHaveCount(0);
  await expect(row.getByRole('checkbox')).toHaveCount(0);

  await search.open('order=desc');
  const registered = (await readIndex(bigStore, 'per_page=25')).items.slice(0, 2);
  for (const item of registered) await search.rowOf(item.email).getByRole('checkbox').check();
  await expect(grid.page.getByText('Registered customers selected: 2')).toBeVisible();

  // The picked registered customers feed the batch editor, as the grid's selection does.
  await grid.page.getByRole('button', { name: 'Add to batch', exact: true }).click();
  await grid.page.getByRole('menuitem', { name: 'Add to batch as deletes' }).click();
  await expect(grid.page.getByRole('link', { name: 'Batch (2 queued operations)' })).toBeVisible();
  await grid.page.getByRole('link', { name: 'Batch (2 queued operations)' }).click();
  const queued = grid.page.getByRole('table', { name: 'Updates and deletes' });
  for (const item of registered) await expect(queued).toContainText(String(item.user_id));
});

test('opens a registered result and edits it; the index follows the edit', async ({
  grid,
  bigStore,
  appUrl,
  consoleErrors: _,
}) => {
  const search = new AdvancedSearchScreen(grid.page, appUrl);
  const target = (await readIndex(bigStore, 'per_page=1&orders_count_min=3')).items[0]!;
  await search.open(`search=${encodeURIComponent(target.email)}&searchby=email`);
  await search.expectRows({ items: [target], total: 1 });
  await search.rowOf(target.email).getByRole('link', { name: target.name }).click();

  await expect(grid.page).toHaveURL(new RegExp(`#/customers/${target.user_id}$`));
  await expect(grid.page.getByRole('heading', { level: 1 })).toHaveText(target.name);
  await expect(grid.page.getByText(target.email).first()).toBeVisible();

  await grid.page.getByRole('link', { name: 'Edit', exact: true }).click();
  const firstName = grid.page
    .getByRole('region', { name: 'Account' })
    .getByRole('textbox', { name: 'First name', exact: true });
  await firstName.fill('Quirinalia');
  await grid.page.getByRole('button', { name: 'Save changes' }).click();
  await expect(grid.page).toHaveURL(new RegExp(`#/customers/${target.user_id}$`));
  const stored = await readFromStore<{ first_name: string }>(
    bigStore,
    `customers/${target.user_id}`,
  );
  expect(stored.first_name).toBe('Quirinalia');

  await search.open('search=quirinal');
  await search.expectRows(await readIndex(bigStore, 'per_page=25&search=quirinal'));
  await expect(search.rows).toHaveCount(1);
  await expect(search.rows).toContainText(target.email);
});

test('the whole view survives the URL: reload, Back and a copied link', async ({
  grid,
  bigStore,
  appUrl,
  consoleErrors: _,
}) => {
  const search = new AdvancedSearchScreen(grid.page, appUrl);
  await search.open();
  await search.search.fill('an');
  await search.choose('Search in', 'Name (first and last)');
  const dialog = await search.openFilters();
  await dialog.getByLabel('Orders at least', { exact: true }).fill('1');
  await dialog.getByLabel('Country is not', { exact: true }).fill('US');
  await dialog.getByRole('button', { name: 'Apply filters' }).click();
  await search.choose('Sort by', 'Average order value');
  await search.choose('Rows per page', '10');
  await search.button('Next page').click();
  const query =
    'search=an&country_excludes=US&orders_count_min=1&orderby=avg_order_value&per_page=10&page=2';
  const expected = await readIndex(bigStore, query);
  await search.expectRows(expected);
  const url = grid.page.url();
  for (const part of query.split('&')) expect(url).toContain(part);

  await grid.page.reload();
  await search.expectRows(expected);
  await expect(search.search).toHaveValue('an');
  await expect(search.chip(/^Country not: US/)).toBeVisible();

  await grid.page.goBack();
  await search.expectRows(await readIndex(bigStore, query.replace('&page=2', '')));

  const copy = await grid.page.context().newPage();
  await copy.goto(url);
  const copied = new AdvancedSearchScreen(copy, appUrl);
  await copied.expectRows(expected);
  await copy.close();
});
