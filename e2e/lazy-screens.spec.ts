import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { CustomersGridScreen } from './support/customers-grid';
import { connectApp } from './support/customer-detail';

// Screens and dialogs are chunks of their own (named after their module by the bundler): none is
// fetched at startup, each is fetched when a person points at or focuses what opens it, and a
// chunk that cannot be fetched shows an error page whose Retry recovers.

const CHUNKS = {
  detail: /\/assets\/customer-detail-page-[\w-]+\.js$/,
  create: /\/assets\/customer-create-page-[\w-]+\.js$/,
  edit: /\/assets\/customer-edit-page-[\w-]+\.js$/,
  batch: /\/assets\/batch-page-[\w-]+\.js$/,
  csvImport: /\/assets\/csv-import-dialog-[\w-]+\.js$/,
  csvExport: /\/assets\/csv-export-dialog-[\w-]+\.js$/,
  advancedSearch: /\/assets\/advanced-search-page-[\w-]+\.js$/,
  gridFilters: /\/assets\/filters-dialog-[\w-]+\.js$/,
  deleteDialog: /\/assets\/delete-customer-dialog-[\w-]+\.js$/,
  connect: /\/assets\/connect-page-[\w-]+\.js$/,
  viewsMenu: /\/assets\/views-panel-[\w-]+\.js$/,
  // Fetched at start only when this browser has saved views (none here).
  activeView: /\/assets\/(active-view-name|use-active-view)-[\w-]+\.js$/,
} as const;
type Chunk = keyof typeof CHUNKS;

/** Every script the page has fetched so far, recorded from the first request. */
function recordScripts(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') urls.push(request.url());
  });
  return urls;
}

const fetched = (urls: string[], chunk: Chunk) => urls.some((url) => CHUNKS[chunk].test(url));

test.describe('screens load when first used', () => {
  test('the grid fetches no other screen; each screen and dialog is fetched on intent, before the click', async ({
    page,
    appUrl,
    httpsStore,
    consoleErrors: _,
  }) => {
    const scripts = recordScripts(page);
    await connectApp(page, httpsStore, 'v3');
    const grid = new CustomersGridScreen(page, appUrl);
    await grid.open();
    await expect(grid.dataRows.first()).toBeVisible();
    // Give idle time a chance to fetch anything it would.
    await page.waitForTimeout(500);
    for (const chunk of Object.keys(CHUNKS) as Chunk[]) {
      expect(fetched(scripts, chunk), `${chunk} fetched at startup`).toBe(false);
    }

    // Pointing at a customer's name fetches the detail screen before any click.
    const firstName = grid.dataRows.first().getByRole('link').first();
    await firstName.hover();
    await expect.poll(() => fetched(scripts, 'detail')).toBe(true);

    // Keyboard focus counts as intent too.
    await page.getByRole('link', { name: /^New customer/ }).focus();
    await expect.poll(() => fetched(scripts, 'create')).toBe(true);
    await grid.button('Filters').hover();
    await expect.poll(() => fetched(scripts, 'gridFilters')).toBe(true);
    await grid.button('Export CSV').hover();
    await expect.poll(() => fetched(scripts, 'csvExport')).toBe(true);
    await page.getByRole('button', { name: /^Views/ }).hover();
    await expect.poll(() => fetched(scripts, 'viewsMenu')).toBe(true);
    // A row's delete button: focus on it fetches the question it asks.
    await grid.dataRows
      .first()
      .getByRole('button', { name: /^Delete / })
      .focus();
    await expect.poll(() => fetched(scripts, 'deleteDialog')).toBe(true);
    await page.getByRole('link', { name: /^Batch/ }).hover();
    await expect.poll(() => fetched(scripts, 'batch')).toBe(true);
    expect(fetched(scripts, 'edit'), 'the edit form is not fetched before it is wanted').toBe(
      false,
    );
    expect(fetched(scripts, 'csvImport'), 'CSV import waits for the batch screen').toBe(false);

    // The screens open.
    await firstName.click();
    await expect(page.getByRole('link', { name: 'Back to customers' })).toBeVisible();
    await page.getByRole('link', { name: 'Edit' }).hover();
    await expect.poll(() => fetched(scripts, 'edit')).toBe(true);
    await page.getByRole('link', { name: /^Batch/ }).click();
    await page.getByRole('button', { name: 'Import CSV' }).hover();
    await expect.poll(() => fetched(scripts, 'csvImport')).toBe(true);
    expect(fetched(scripts, 'connect'), 'a connected tab never fetches the connect screen').toBe(
      false,
    );
  });

  test('advanced search is fetched when its link is pointed at', async ({
    page,
    appUrl,
    httpsStore,
    consoleErrors: _,
  }) => {
    const scripts = recordScripts(page);
    await connectApp(page, httpsStore, 'v3');
    const grid = new CustomersGridScreen(page, appUrl);
    await grid.open();
    await expect(grid.dataRows.first()).toBeVisible();
    const link = page
      .getByRole('navigation', { name: 'How to find customers' })
      .getByRole('link', { name: 'Advanced search' });
    await expect(link).toBeVisible();
    expect(fetched(scripts, 'advancedSearch')).toBe(false);
    await link.hover();
    await expect.poll(() => fetched(scripts, 'advancedSearch')).toBe(true);
    await link.click();
    await expect(page).toHaveURL(/#\/customers\/search/);
  });

  test('a screen whose file is gone (a deploy replaced it) shows Retry, and Retry recovers', async ({
    page,
    appUrl,
    httpsStore,
    consoleErrors: _,
  }) => {
    await connectApp(page, httpsStore, 'v3');
    const grid = new CustomersGridScreen(page, appUrl);
    await grid.open();
    await expect(grid.dataRows.first()).toBeVisible();
    const gone = (url: URL) => CHUNKS.detail.test(url.pathname);
    await page.route(gone, (route) => route.fulfill({ status: 404, body: 'Not found' }));

    await grid.dataRows.first().getByRole('link').first().click();
    await expect(page.getByText('Part of Customer Desk could not be loaded.')).toBeVisible();
    const retry = page.getByRole('button', { name: 'Retry' });

    await page.unroute(gone);
    await retry.click();
    await expect(page.getByRole('link', { name: 'Back to customers' })).toBeVisible();
  });
});
