import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { CustomersGridScreen } from './support/customers-grid';
import { connectPage } from './support/connected-page';
import { test as plain } from './support/fixtures';
import { expect, LOCAL_ONLY, test } from './support/grid-fixtures';
import { readStorePage } from './support/grid-store';

// Issue 17.2: saved views of the grid and the advanced search, as a person uses them — by role
// and label, with the browser's real download and file chooser. Expectations about rows are read
// from the store itself.

test.use(LOCAL_ONLY);
plain.use(LOCAL_ONLY);
// Each test walks several screens of a 1,200-customer store on a shared 2-core machine.
test.describe.configure({ timeout: 90_000 });

const VIEWS_KEY = 'customer-desk.saved-views';

function viewsButton(page: Page) {
  return page.getByRole('button', { name: /^Views/ });
}
function viewsMenu(page: Page) {
  return page.getByRole('menu', { name: 'Saved views' });
}
async function openMenu(page: Page) {
  await viewsButton(page).click();
  await expect(viewsMenu(page)).toBeVisible();
  return viewsMenu(page);
}
async function saveView(page: Page, name: string) {
  await (await openMenu(page)).getByRole('menuitem', { name: 'Save current view…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save current view' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toHaveCount(0);
}
async function menuNames(page: Page): Promise<string[]> {
  const menu = await openMenu(page);
  const items = menu.getByRole('menuitem');
  const names = (await items.allInnerTexts()).map((text) => text.split('\n')[0]!.trim());
  await page.keyboard.press('Escape');
  return names.filter((name) => !/…$|^Export views$/.test(name));
}
function storedViews(page: Page) {
  return page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as { views: { name: string }[] }).views : [];
  }, VIEWS_KEY);
}
function seedViews(page: Page, views: object[]) {
  return page.context().addInitScript(
    ([key, value]) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
    },
    [VIEWS_KEY, JSON.stringify({ format: 'customer-desk-views', version: 1, views })] as const,
  );
}
const seeded = (name: string, query: string, apiVersion = 'v3') => ({
  id: `seed-${name}`,
  name,
  screen: 'grid',
  query,
  apiVersion,
  savedAt: '2026-01-01T00:00:00.000Z',
});

test('a saved view survives a reload and restores the URL, hidden columns and density', async ({
  grid,
  bigStore,
  appUrl,
  consoleErrors: _,
}) => {
  await grid.open('search=a&role=all&orderby=id&order=desc&per_page=50&page=2');
  const expected = await readStorePage(
    bigStore,
    'search=a&role=all&orderby=id&order=desc&per_page=50',
  );
  await expect(grid.dataRows).toHaveCount(50);
  await grid.hideColumn('Email');
  await grid.button('Compact rows').click();
  await expect(grid.button('Compact rows')).toHaveAttribute('aria-pressed', 'true');
  await saveView(grid.page, 'Everyone by id');
  await expect(grid.page.getByText('Saved view “Everyone by id”.')).toBeVisible();
  await expect(viewsButton(grid.page)).toHaveAccessibleName('Views: Everyone by id');

  // Somewhere else, with the layout undone, then a reload.
  await grid.button('Columns').click();
  await grid.page.getByRole('button', { name: 'Reset columns' }).click();
  await grid.page.keyboard.press('Escape');
  await grid.button('Compact rows').click();
  await grid.open('search=zz');
  await grid.page.reload();
  await expect(viewsButton(grid.page)).toHaveAccessibleName('Views');
  await expect(grid.columnHeader('Email')).toHaveCount(1);

  const menu = await openMenu(grid.page);
  await menu.getByRole('menuitem', { name: 'Everyone by id' }).click();
  // Opening a view is opening its link: the URL (on page 1, never the page it was saved on).
  await expect(grid.page).toHaveURL(
    `${appUrl}#/customers?search=a&role=all&orderby=id&order=desc&per_page=50`,
  );
  // Email is hidden by the view: rows are told by their ids, in the store's order.
  await expect(grid.columnHeader('Email')).toHaveCount(0);
  await expect(grid.dataRows).toHaveCount(expected.items.length);
  await expect(grid.dataRows).toContainText(expected.items.map((c) => String(c.id)));
  await expect(grid.button('Compact rows')).toHaveAttribute('aria-pressed', 'true');
  await expect(viewsButton(grid.page)).toHaveAccessibleName('Views: Everyone by id');
  // The menu marks it as the current one.
  await expect(
    (await openMenu(grid.page)).getByRole('menuitem', { name: 'Everyone by id' }),
  ).toHaveAttribute('aria-current', 'true');
  await grid.page.keyboard.press('Escape');

  // A change of filter leaves the view: no longer marked.
  await grid.search.fill('b');
  await expect(viewsButton(grid.page)).toHaveAccessibleName('Views');
});

test('names are required and unique; the dialog keeps what was typed', async ({
  grid,
  consoleErrors: _,
}) => {
  await saveView(grid.page, 'Berlin');
  await (await openMenu(grid.page)).getByRole('menuitem', { name: 'Save current view…' }).click();
  const dialog = grid.page.getByRole('dialog', { name: 'Save current view' });
  const name = dialog.getByRole('textbox', { name: 'Name' });
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toContainText('Enter a name for the view.');
  await name.fill('  BERLIN ');
  await name.press('Enter');
  await expect(dialog).toContainText('A view named “BERLIN” already exists.');
  await expect(name).toHaveValue('  BERLIN ');
  await name.fill('x'.repeat(81));
  await name.press('Enter');
  await expect(dialog).toContainText('Use at most 80 characters (81 now).');
  await name.fill('  Paris  ');
  await name.press('Enter');
  await expect(dialog).toHaveCount(0);
  expect((await storedViews(grid.page)).map((view) => view.name)).toEqual(['Berlin', 'Paris']);
});

test('rename, reorder by keyboard, delete with Undo', async ({ page, grid, consoleErrors: _ }) => {
  await seedViews(page, [
    seeded('One', 'search=1'),
    seeded('Two', 'search=2'),
    seeded('Three', ''),
  ]);
  await grid.page.reload();
  await (await openMenu(page)).getByRole('menuitem', { name: 'Manage views…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Manage views' });

  // Rename: a clash is refused with the typed text kept; Escape leaves the field, not the dialog.
  await dialog.getByRole('button', { name: 'Rename Two' }).click();
  const field = dialog.getByRole('textbox', { name: 'New name for Two' });
  await field.fill('one');
  await field.press('Enter');
  await expect(dialog).toContainText('A view named “one” already exists.');
  await expect(field).toHaveValue('one');
  await field.fill('Second');
  await field.press('Enter');
  await expect(dialog.getByRole('button', { name: 'Rename Second' })).toBeFocused();

  // Move "Three" up twice from the keyboard: focus stays on the button that moved it.
  await dialog.getByRole('button', { name: 'Move Three up' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: 'Move Three up' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: 'Move Three up' })).toBeDisabled();
  await expect(dialog.getByRole('button', { name: 'Move Three down' })).toBeFocused();
  await expect(dialog.getByRole('list', { name: 'Saved views' }).getByRole('listitem')).toHaveText([
    /^Three/,
    /^One/,
    /^Second/,
  ]);

  // Delete, Undo puts it back in its place; delete again for good.
  await dialog.getByRole('button', { name: 'Delete One' }).click();
  await expect(dialog.getByRole('status')).toContainText('Deleted view “One”.');
  await expect(dialog.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('listitem')).toHaveText([/^Three/, /^One/, /^Second/]);
  await dialog.getByRole('button', { name: 'Delete Second' }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.reload();
  expect(await menuNames(page)).toEqual(['Three', 'One']);
});

test('export, then import: a round trip, with clashes renamed and counted', async ({
  page,
  grid: _grid,
  appUrl,
  consoleErrors: _,
}, testInfo) => {
  await seedViews(page, [seeded('Berlin', 'search=berlin&role=all')]);
  await page.reload();
  // An advanced-search view too, saved on its own screen.
  await page.goto(`${appUrl}#/customers/search?search=an&country_includes=DE`);
  await expect(page.getByRole('searchbox', { name: 'Search the index' })).toHaveValue('an');
  await saveView(page, 'Germans');

  const downloading = page.waitForEvent('download');
  await (await openMenu(page)).getByRole('menuitem', { name: 'Export views' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^customer-desk-views-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const exported = JSON.parse(await readFile(file, 'utf8')) as {
    format: string;
    version: number;
    views: { name: string; screen: string; query: string }[];
  };
  expect(exported).toMatchObject({ format: 'customer-desk-views', version: 1 });
  expect(exported.views.map(({ name, screen, query }) => ({ name, screen, query }))).toEqual([
    { name: 'Berlin', screen: 'grid', query: 'search=berlin&role=all' },
    { name: 'Germans', screen: 'advanced', query: 'country_includes=DE&search=an' },
  ]);

  // Into an empty browser list: both come back as they were.
  await page.evaluate(
    (key) => localStorage.setItem(key, '{"format":"customer-desk-views","version":1,"views":[]}'),
    VIEWS_KEY,
  );
  await page.reload();
  const choosing = page.waitForEvent('filechooser');
  await (await openMenu(page)).getByRole('menuitem', { name: 'Import views…' }).click();
  await (await choosing).setFiles(file);
  await expect(page.getByText('Imported 2 views.')).toBeVisible();
  expect(await menuNames(page)).toEqual(['Berlin', 'Germans']);

  // Again: the names clash, so the copies are numbered and the notice says so.
  const again = page.waitForEvent('filechooser');
  await (await openMenu(page)).getByRole('menuitem', { name: 'Import views…' }).click();
  await (await again).setFiles(file);
  await expect(
    page.getByText(
      'Imported 2 views. Renamed to keep names unique: “Berlin” → “Berlin (2)”, “Germans” → “Germans (2)”.',
    ),
  ).toBeVisible();

  // The imported advanced view opens the advanced search with its conditions.
  await (await openMenu(page)).getByRole('menuitem', { name: /^Germans \(2\)/ }).click();
  await expect(page).toHaveURL(`${appUrl}#/customers/search?country_includes=DE&search=an`);
  await expect(page.getByRole('searchbox', { name: 'Search the index' })).toHaveValue('an');
  await expect(viewsButton(page)).toHaveAccessibleName('Views: Germans');
});

test('a wrong file is refused with a specific error, and nothing is imported', async ({
  page,
  grid: _grid,
  consoleErrors: _,
}, testInfo) => {
  const cases: [string, string, string][] = [
    ['notes.json', 'name,query\nBerlin,x', 'The file is not JSON'],
    [
      'other.json',
      JSON.stringify({ format: 'something-else', views: [] }),
      'This is not a Customer Desk views file',
    ],
    [
      'bad.json',
      JSON.stringify({
        format: 'customer-desk-views',
        version: 1,
        views: [seeded('Fine', ''), { ...seeded('Odd', ''), screen: 'orders' }],
      }),
      '1 of 2 views are not valid: view 2 (“Odd”): screen must be "grid" or "advanced".',
    ],
  ];
  for (const [name, content, message] of cases) {
    const path = testInfo.outputPath(name);
    await writeFile(path, content);
    const choosing = page.waitForEvent('filechooser');
    await (await openMenu(page)).getByRole('menuitem', { name: 'Import views…' }).click();
    await (await choosing).setFiles(path);
    const alert = page.getByRole('alert').filter({ hasText: `Could not import ${name}` });
    await expect(alert).toContainText('Nothing was imported.');
    await expect(alert).toContainText(message);
    await alert.getByRole('button', { name: 'Close' }).click();
  }
  expect(await storedViews(page)).toEqual([]);
});

plain(
  'a v3 view with a role filter opens on a v1 connection without it, and says so',
  async ({ page, httpStore, appUrl, consoleErrors: _ }) => {
    await connectPage(page, httpStore, 'v1');
    await seedViews(page, [seeded('Admins', 'search=a&role=administrator&per_page=10')]);
    const grid = new CustomersGridScreen(page, appUrl);
    await grid.open();
    await expect(grid.dataRows).not.toHaveCount(0);
    await (await openMenu(page)).getByRole('menuitem', { name: 'Admins' }).click();
    await expect(page).toHaveURL(`${appUrl}#/customers?search=a&per_page=10`);
    await expect(page.getByRole('alert')).toContainText(
      'Opened view “Admins” without a filter API v1 does not have: Role: Administrator.',
    );
    const expected = await readStorePage(httpStore, 'search=a&per_page=10', 'v1');
    await grid.expectRows(expected.items);
    // The view itself is kept as it was, for connections that have the filter.
    await expect(viewsButton(page)).toHaveAccessibleName('Views: Admins');
    expect(JSON.stringify(await storedViews(page))).toContain('role=administrator');
  },
);
