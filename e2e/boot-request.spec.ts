import type { Page, Route } from '@playwright/test';
import { test, expect } from './support/fixtures';
import type { RunningStore } from '../demo-store/server';
import { connectPage } from './support/connected-page';
import { CustomersGridScreen } from './support/customers-grid';
import { storeRequestLog } from './support/store-client';

// A reload of the grid asks the store for its rows at boot (src/app/boot.ts), before the app's
// code has run and before config.json is read, from what the last visit's config.json said; the
// app takes that answer when this visit's config.json asks the same, and asks again when not.

/** GETs of the first page of the customer list the store has had, as their per_page values. */
async function firstPageRequests(store: RunningStore): Promise<string[]> {
  return (await storeRequestLog(store))
    .filter((entry) => entry.method === 'GET' && entry.path.endsWith('/wc/v3/customers'))
    .map((entry) => new URLSearchParams(entry.query))
    .filter((query) => (query.get('page') ?? '1') === '1')
    .map((query) => query.get('per_page') ?? '');
}

/** The grid of a page connected to `store`, its first rows shown. */
async function openConnectedGrid(page: Page, appUrl: string, store: RunningStore) {
  await connectPage(page, store);
  const grid = new CustomersGridScreen(page, appUrl);
  await grid.open();
  await expect(grid.dataRows.first()).toBeVisible();
  return grid;
}

/** Serves config.json with `content`; `beforeAnswer` runs first (the answer waits for it). */
async function serveConfig(
  page: Page,
  content: () => string,
  beforeAnswer: () => Promise<void> = async () => {},
): Promise<void> {
  await page.route('**/config.json', async (route: Route) => {
    await beforeAnswer();
    await route.fulfill({ contentType: 'application/json', body: content() });
  });
}

test('a reload sends the list request before config.json is read, and sends it once', async ({
  page,
  appUrl,
  httpStore,
  consoleErrors: _,
}) => {
  let reloading = false;
  let sentBeforeConfig = false;
  await serveConfig(
    page,
    () => '{ "pageSize": 10 }',
    async () => {
      if (!reloading) return;
      // config.json is held back until the store has the boot's request (or 5 s have passed):
      // only a request sent without config.json can get there first.
      await expect
        .poll(() => firstPageRequests(httpStore), { timeout: 5000 })
        .toEqual(['10'])
        .then(() => (sentBeforeConfig = true))
        .catch(() => undefined);
    },
  );
  await connectPage(page, httpStore);
  const grid = new CustomersGridScreen(page, appUrl);
  await grid.open();
  await expect(grid.dataRows).toHaveCount(10);

  httpStore.handler.requests.clear();
  reloading = true;
  await page.reload();
  await expect(grid.dataRows).toHaveCount(10);
  expect(sentBeforeConfig).toBe(true);
  await page.waitForLoadState('networkidle');
  // The app took the boot's answer instead of asking again.
  expect(await firstPageRequests(httpStore)).toEqual(['10']);
});

test('when config.json changed since the last visit, the boot’s guess is dropped', async ({
  page,
  appUrl,
  httpStore,
  consoleErrors: _,
}) => {
  let config = '{ "pageSize": 10 }';
  await serveConfig(page, () => config);
  await connectPage(page, httpStore);
  const grid = new CustomersGridScreen(page, appUrl);
  await grid.open();
  await expect(grid.dataRows).toHaveCount(10);

  httpStore.handler.requests.clear();
  config = '{ "pageSize": 50 }';
  await page.reload();
  await expect(grid.dataRows).toHaveCount(50);
  await page.waitForLoadState('networkidle');
  // The boot asked with last visit's 10; the grid shows what this config.json asks for.
  expect((await firstPageRequests(httpStore)).sort()).toEqual(['10', '50']);
  // And the next reload asks for 50 from the start, once.
  httpStore.handler.requests.clear();
  await page.reload();
  await expect(grid.dataRows).toHaveCount(50);
  await page.waitForLoadState('networkidle');
  expect(await firstPageRequests(httpStore)).toEqual(['50']);
});

test('a reload sends the list request while the app’s start chunk is still downloading', async ({
  page,
  appUrl,
  httpStore,
  consoleErrors: _,
}) => {
  const grid = await openConnectedGrid(page, appUrl, httpStore);

  httpStore.handler.requests.clear();
  let sentBeforeStart = false;
  // The start chunk (React DOM, MUI, the app) is held back until the store has the boot's request
  // (or 5 s have passed): only the boot's own chunk, run on its own, can get there first.
  await page.route('**/assets/start-*.js', async (route) => {
    await expect
      .poll(() => firstPageRequests(httpStore), { timeout: 5000 })
      .toHaveLength(1)
      .then(() => (sentBeforeStart = true))
      .catch(() => undefined);
    await route.continue();
  });
  await page.reload();
  await expect(grid.dataRows.first()).toBeVisible();
  expect(sentBeforeStart).toBe(true);
  await page.waitForLoadState('networkidle');
  expect(await firstPageRequests(httpStore)).toHaveLength(1);
});

test('a connected tab starts connecting to its store at boot; a tab without one does not', async ({
  page,
  browser,
  appUrl,
  httpStore,
  consoleErrors: _,
}) => {
  await openConnectedGrid(page, appUrl, httpStore);
  const preconnect = page.locator('link[rel="preconnect"]');
  await expect(preconnect).toHaveCount(1);
  await expect(preconnect).toHaveAttribute('href', new URL(httpStore.url).origin);
  await expect(preconnect).toHaveAttribute('crossorigin', 'anonymous');

  const fresh = await browser.newContext();
  const unconnected = await fresh.newPage();
  await unconnected.goto(appUrl);
  await expect(unconnected.getByRole('textbox', { name: 'Store URL' })).toBeVisible();
  await expect(unconnected.locator('link[rel="preconnect"]')).toHaveCount(0);
  await fresh.close();
});
