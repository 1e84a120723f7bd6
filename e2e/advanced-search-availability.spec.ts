import { startStore, type RunningStore } from '../demo-store/server';
import { AdvancedSearchScreen } from './support/advanced-search';
import { connectPage } from './support/connected-page';
import { E2E_KEYS, expect, test as base } from './support/fixtures';
import { LOCAL_ONLY } from './support/grid-fixtures';
import { storeRequestLog } from './support/store-client';

// A store without WooCommerce Admin's analytics (no `wc-analytics` in its /wp-json/ index):
// the advanced mode is hidden and the screen says why, instead of failing or faking a search.

const test = base.extend<object, { plainStore: RunningStore }>({
  plainStore: [
    async ({}, provide) => {
      const namespaces = ['oembed/1.0', 'wc/v1', 'wc/v2', 'wc/v3', 'wc/store/v1', 'wp/v2'];
      const store = await startStore({ port: 0, customers: 40, seed: 5, namespaces, ...E2E_KEYS });
      await provide(store);
      await store.close();
    },
    { scope: 'worker' },
  ],
});

test.use(LOCAL_ONLY);

test('hides the advanced mode on a store without wc-analytics and says why', async ({
  page,
  appUrl,
  plainStore,
  consoleErrors: _,
}) => {
  plainStore.handler.reset();
  await connectPage(page, plainStore);
  await page.goto(`${appUrl}#/customers`);
  await expect(page.getByRole('table', { name: 'Customers' }).getByRole('row')).not.toHaveCount(0);
  await expect(page.getByRole('note')).toContainText(
    'needs WooCommerce Admin’s analytics index, which this store does not offer',
  );
  await expect(page.getByRole('navigation', { name: 'How to find customers' })).toHaveCount(0);
  // The search hint stays the customers API's own: what it matches, and what it does not.
  await expect(page.getByText(/not first or last name, phone or address/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Advanced search' })).toHaveCount(0);

  // A link from elsewhere to the mode explains itself rather than failing.
  const search = new AdvancedSearchScreen(page, appUrl);
  await search.open('search=anna');
  await expect(page.getByText('Advanced search is not available for this store')).toBeVisible();
  await expect(search.table).toHaveCount(0);
  await page.getByRole('link', { name: 'Back to all customers' }).click();
  await expect(page).toHaveURL(/#\/customers$/);
  const log = await storeRequestLog(plainStore);
  expect(log.filter((entry) => entry.path.includes('wc-analytics'))).toEqual([]);
});

test('offers the mode as a link where the store has the index', async ({
  page,
  appUrl,
  httpStore,
  consoleErrors: _,
}) => {
  await connectPage(page, httpStore);
  await page.goto(`${appUrl}#/customers`);
  await expect(page.getByRole('note')).toHaveCount(0);
  const modes = page.getByRole('navigation', { name: 'How to find customers' });
  await expect(modes.getByRole('link', { name: 'All customers' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await modes.getByRole('link', { name: 'Advanced search' }).click();
  await expect(modes.getByRole('link', { name: 'Advanced search' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const search = new AdvancedSearchScreen(page, appUrl);
  await expect(search.rows).toHaveCount(25);
  await modes.getByRole('link', { name: 'All customers' }).click();
  await expect(page.getByRole('table', { name: 'Customers' })).toBeVisible();
});
