import { expect, LOCAL_ONLY, test } from './support/grid-fixtures';
import { nth, readStorePage } from './support/grid-store';

const fmt = (n: number) => n.toLocaleString('en-US');

test.use(LOCAL_ONLY);

test.describe('customers grid: server-side paging, search, filters and sorting', () => {
  test('pages through 1,200 customers with first/prev/next/last and a page number', async ({
    grid,
    bigStore,
    consoleErrors: _,
  }) => {
    const first = await readStorePage(bigStore, 'per_page=25');
    expect(first.total).toBeGreaterThanOrEqual(1000);
    await grid.expectRows(first.items);
    await expect(grid.range).toHaveText(`1–25 of ${fmt(first.total)}`);

    await grid.button('Next page').click();
    await grid.expectRows((await readStorePage(bigStore, 'per_page=25&page=2')).items);
    await expect(grid.range).toHaveText(`26–50 of ${fmt(first.total)}`);

    await grid.button('Last page').click();
    const last = await readStorePage(bigStore, `per_page=25&page=${first.totalPages}`);
    await grid.expectRows(last.items);
    await expect(grid.pageField).toHaveValue(String(first.totalPages));
    await expect(grid.button('Next page')).toBeDisabled();

    await grid.button('Previous page').click();
    await grid.expectRows(
      (await readStorePage(bigStore, `per_page=25&page=${first.totalPages - 1}`)).items,
    );

    await grid.pageField.fill('17');
    await grid.pageField.press('Enter');
    await grid.expectRows((await readStorePage(bigStore, 'per_page=25&page=17')).items);

    await grid.button('First page').click();
    await grid.expectRows(first.items);
  });

  test('changes the page size and goes back to page 1', async ({
    grid,
    bigStore,
    consoleErrors: _,
  }) => {
    await grid.button('Next page').click();
    await grid.choosePageSize(100);
    const page = await readStorePage(bigStore, 'per_page=100');
    await grid.expectRows(page.items);
    await expect(grid.range).toHaveText(`1–100 of ${fmt(page.total)}`);
    expect(grid.page.url()).toContain('per_page=100');
    expect(grid.page.url()).not.toContain('page=2');
  });

  test('searches on the server, says what it matches, and offers a way out of no match', async ({
    grid,
    bigStore,
    consoleErrors: _,
  }) => {
    await expect(
      grid.page.getByText(/Matches username, email, website and display name/),
    ).toBeVisible();
    const sample = nth((await readStorePage(bigStore, 'per_page=1&page=40')).items);
    const term = sample.email.slice(0, 5);
    const expected = await readStorePage(
      bigStore,
      `per_page=25&search=${encodeURIComponent(term)}`,
    );
    await grid.search.fill(term);
    await grid.expectRows(expected.items);
    await expect(grid.range).toContainText(`of ${fmt(expected.total)}`);
    await expect(grid.chip(`Search: ${term}`)).toBeVisible();

    await grid.search.fill('zz-no-such-customer-zz');
    await expect(grid.page.getByText('No customers match these filters.')).toBeVisible();
    await grid.button('Clear filters').click();
    await grid.expectRows((await readStorePage(bigStore, 'per_page=25')).items);
    await expect(grid.search).toHaveValue('');
  });

  test('filters by exact email, role, and included or excluded ids, with removable chips', async ({
    grid,
    bigStore,
    consoleErrors: _,
  }) => {
    const target = nth((await readStorePage(bigStore, 'per_page=1&page=123')).items);
    let dialog = await grid.openFilters();
    await dialog.getByRole('textbox', { name: 'Exact email' }).fill(target.email.toUpperCase());
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await grid.expectRows([target]);
    await grid.chip(`Email: ${target.email.toUpperCase()}`).press('Delete');
    await expect(grid.dataRows).toHaveCount(25);

    dialog = await grid.openFilters();
    await dialog.getByRole('combobox', { name: 'Role' }).click();
    await grid.page.getByRole('option', { name: 'Administrator' }).click();
    await dialog.getByRole('button', { name: 'Apply' }).click();
    const admins = await readStorePage(bigStore, 'per_page=25&role=administrator');
    expect(admins.total).toBeGreaterThan(0);
    await grid.expectRows(admins.items);
    await expect(grid.chip('Role: Administrator')).toBeVisible();

    const everyone = await readStorePage(bigStore, 'per_page=25&role=all');
    dialog = await grid.openFilters();
    await dialog.getByRole('combobox', { name: 'Role' }).click();
    await grid.page.getByRole('option', { name: 'All roles' }).click();
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect(grid.range).toContainText(`of ${fmt(everyone.total)}`);
    await grid.button('Clear all').click();
    // As a person would: see the filters gone before choosing new ones.
    await expect(grid.page.getByRole('list', { name: 'Active filters' })).toBeHidden();

    const picks = (await readStorePage(bigStore, 'per_page=3&page=50')).items.map((c) => c.id);
    const ordered = [nth(picks, 2), nth(picks, 0), nth(picks, 1)];
    dialog = await grid.openFilters();
    await dialog.getByRole('textbox', { name: 'Only these IDs' }).fill(ordered.join(' '));
    await dialog.getByRole('checkbox', { name: 'Sort in the order of these IDs' }).check();
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await grid.expectRows(
      (await readStorePage(bigStore, `include=${ordered.join(',')}&orderby=include`)).items,
    );
    await grid.button('Clear all').click();
    // As a person would: see the filters gone before choosing new ones.
    await expect(grid.page.getByRole('list', { name: 'Active filters' })).toBeHidden();

    const firstRow = nth((await readStorePage(bigStore, 'per_page=1')).items);
    dialog = await grid.openFilters();
    await dialog.getByRole('textbox', { name: 'Leave out these IDs' }).fill(`${firstRow.id}, x`);
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect(dialog.getByText('Not customer IDs: x')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Leave out these IDs' }).fill(String(firstRow.id));
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await grid.expectRows(
      (await readStorePage(bigStore, `per_page=25&exclude=${firstRow.id}`)).items,
    );
  });

  test('sorts by the store’s orderby options from the headers, both ways', async ({
    grid,
    bigStore,
    consoleErrors: _,
  }) => {
    await expect(grid.columnHeader('Name')).toHaveAttribute('aria-sort', 'ascending');
    await expect(grid.columnHeader('Email').getByRole('button')).toHaveCount(0);

    await grid.sortButton('Registered').click();
    await grid.expectRows(
      (await readStorePage(bigStore, 'per_page=25&orderby=registered_date&order=desc')).items,
    );
    await expect(grid.columnHeader('Registered')).toHaveAttribute('aria-sort', 'descending');
    await grid.sortButton('Registered').click();
    await grid.expectRows(
      (await readStorePage(bigStore, 'per_page=25&orderby=registered_date&order=asc')).items,
    );

    await grid.sortButton('ID').click();
    await grid.expectRows(
      (await readStorePage(bigStore, 'per_page=25&orderby=id&order=asc')).items,
    );
    await grid.sortButton('ID').click();
    await grid.expectRows(
      (await readStorePage(bigStore, 'per_page=25&orderby=id&order=desc')).items,
    );

    await grid.sortButton('Name').click();
    await grid.sortButton('Name').click();
    await grid.expectRows((await readStorePage(bigStore, 'per_page=25&order=desc')).items);
  });

  test('shows the store’s error with Retry, and recovers', async ({
    grid,
    bigStore,
    consoleErrors: _,
  }) => {
    bigStore.handler.faults.add({
      match: { path: '/wp-json/wc/v3/customers', method: 'GET' },
      fault: {
        type: 'status',
        status: 500,
        body: { code: 'internal_server_error', message: 'Boom', data: { status: 500 } },
      },
      // Enough to outlast the app's automatic retries of a 5xx.
      times: 20,
    });
    await grid.button('Last page').click();
    const alert = grid.page.getByRole('alert').filter({ hasText: 'Boom' });
    await expect(alert).toBeVisible({ timeout: 20_000 });
    bigStore.handler.faults.clear();
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(grid.dataRows.first()).toBeVisible();
    await expect(alert).toHaveCount(0);
  });
});
