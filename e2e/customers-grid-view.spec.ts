import { CustomersGridScreen } from './support/customers-grid';
import { expect, LOCAL_ONLY, test } from './support/grid-fixtures';
import { clearRequestLog, listRequests, nth, readStorePage } from './support/grid-store';

test.use(LOCAL_ONLY);

test.describe('customers grid: view state, layout, keyboard and network', () => {
  test('a copied link reproduces the view in another tab', async ({
    grid,
    bigStore,
    appUrl,
    context,
    consoleErrors: _,
  }) => {
    await grid.choosePageSize(10);
    await grid.sortButton('Registered').click();
    await grid.search.fill('a');
    await expect(grid.chip('Search: a')).toBeVisible();
    await grid.button('Next page').click();
    await grid.button('Next page').click();
    const expected = await readStorePage(
      bigStore,
      'per_page=10&page=3&search=a&orderby=registered_date&order=desc',
    );
    await grid.expectRows(expected.items);

    const other = new CustomersGridScreen(await context.newPage(), appUrl);
    await other.page.goto(grid.page.url());
    await other.expectRows(expected.items);
    await expect(other.search).toHaveValue('a');
    await expect(other.columnHeader('Registered')).toHaveAttribute('aria-sort', 'descending');
  });

  test('Back and Forward walk through pages and searches; reload keeps the view', async ({
    grid,
    bigStore,
    consoleErrors: _,
  }) => {
    const page = async (n: number) =>
      (await readStorePage(bigStore, `per_page=25&page=${n}`)).items;
    await grid.button('Next page').click();
    await grid.button('Next page').click();
    await grid.expectRows(await page(3));
    await grid.page.goBack();
    await grid.expectRows(await page(2));
    await grid.page.goBack();
    await grid.expectRows(await page(1));
    await grid.page.goForward();
    await grid.expectRows(await page(2));

    await grid.search.fill('b');
    await grid.expectRows((await readStorePage(bigStore, 'per_page=25&search=b')).items);
    await grid.page.reload();
    await grid.expectRows((await readStorePage(bigStore, 'per_page=25&search=b')).items);
    await expect(grid.search).toHaveValue('b');
    await grid.page.goBack();
    await grid.expectRows(await page(2));
    await expect(grid.search).toHaveValue('');
  });

  test('a hidden column stays hidden across reloads and is no longer fetched', async ({
    grid,
    bigStore,
    context,
    appUrl,
    consoleErrors: _,
  }) => {
    await grid.hideColumn('Email');
    await expect(grid.columnHeader('Email')).toHaveCount(0);
    await grid.page.reload();
    await expect(grid.dataRows).toHaveCount(25);
    await expect(grid.columnHeader('Email')).toHaveCount(0);

    // A plain link in a new tab: the browser's saved choice applies.
    await clearRequestLog(bigStore);
    const other = new CustomersGridScreen(await context.newPage(), appUrl);
    await other.open();
    await expect(other.dataRows).toHaveCount(25);
    await expect(other.columnHeader('Email')).toHaveCount(0);
    await expect(other.columnHeader('Username')).toHaveCount(1);
    const fields =
      nth(await listRequests(bigStore))
        .get('_fields')
        ?.split(',') ?? [];
    expect(fields).toContain('username');
    expect(fields).not.toContain('email');

    await other.button('Compact rows').click();
    await expect(other.button('Compact rows')).toHaveAttribute('aria-pressed', 'true');
    await other.page.reload();
    await expect(other.button('Compact rows')).toHaveAttribute('aria-pressed', 'true');
  });

  test('a cold open makes one trimmed list request; the prefetched next page needs none', async ({
    grid,
    bigStore,
    context,
    appUrl,
    consoleErrors: _,
  }) => {
    await clearRequestLog(bigStore);
    const other = new CustomersGridScreen(await context.newPage(), appUrl);
    await other.open('page=3');
    await other.expectRows((await readStorePage(bigStore, 'per_page=25&page=3')).items);
    // The next page is fetched ahead once the shown one has arrived.
    await expect.poll(async () => (await listRequests(bigStore)).length).toBe(2);
    const [shown, ahead] = await listRequests(bigStore);
    expect(shown?.get('page')).toBe('3');
    expect(ahead?.get('page')).toBe('4');
    for (const request of [shown, ahead]) {
      const fields = request?.get('_fields')?.split(',') ?? [];
      expect(fields).toEqual(expect.arrayContaining(['id', 'email', 'first_name']));
      for (const heavy of ['meta_data', 'shipping', 'billing', '_links']) {
        expect(fields).not.toContain(heavy);
      }
    }

    await other.button('Next page').click();
    await other.expectRows((await readStorePage(bigStore, 'per_page=25&page=4')).items);
    const pages = (await listRequests(bigStore)).map((request) => request.get('page'));
    expect(pages.filter((p) => p === '4')).toHaveLength(1);
    expect(grid.page.isClosed()).toBe(false);
  });

  test('works from the keyboard: search, sort, resize, select and open a row', async ({
    grid,
    bigStore,
    consoleErrors: _,
  }) => {
    const { page } = grid;
    await grid.search.focus();
    await page.keyboard.type('c');
    await page.keyboard.press('Enter');
    await grid.expectRows((await readStorePage(bigStore, 'per_page=25&search=c')).items);

    await grid.sortButton('ID').focus();
    await page.keyboard.press('Enter');
    const byId = (await readStorePage(bigStore, 'per_page=25&search=c&orderby=id&order=asc')).items;
    await grid.expectRows(byId);

    const handle = page.getByRole('separator', { name: 'Resize column Email' });
    const before = Number(await handle.getAttribute('aria-valuenow'));
    // The header and the body are laid out by one grid template: the column's header and its
    // cells widen together, by what the handle says.
    const header = page.getByRole('columnheader', { name: /^Email/ });
    const cell = grid.dataRows.first().getByRole('cell').nth(3);
    const widthBefore = (await header.boundingBox())?.width ?? 0;
    expect((await cell.boundingBox())?.width).toBeCloseTo(widthBefore, 0);
    await handle.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(handle).toHaveAttribute('aria-valuenow', String(before + 32));
    await expect
      .poll(async () => (await header.boundingBox())?.width)
      .toBeCloseTo(widthBefore + 32, 0);
    expect((await cell.boundingBox())?.width).toBeCloseTo(widthBefore + 32, 0);

    const target = nth(byId, 2);
    const row = grid.dataRows.nth(2);
    await row.getByRole('checkbox').focus();
    await page.keyboard.press('Space');
    await expect(page.getByText('1 selected')).toBeVisible();

    await row.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByText(target.email).first()).toBeVisible();
    await page.getByRole('link', { name: 'Back to customers' }).press('Enter');
    await grid.expectRows(byId);
  });
});
