import { expect, test } from './support/fixtures';
import { LOCAL_ONLY } from './support/grid-fixtures';
import { CustomersGridScreen } from './support/customers-grid';
import {
  connectApp,
  CustomerDetailScreen,
  readVersion,
  type StoreCustomer,
} from './support/customer-detail';

test.use(LOCAL_ONLY);

// A refusal the app does not retry by itself (a 403), so the test decides when the answer comes.
const refuseOnce = (path: string) => ({
  match: { method: 'GET', pathPattern: `^${path}$` },
  fault: {
    type: 'status',
    status: 403,
    body: {
      code: 'woocommerce_rest_cannot_view',
      message: 'Sorry, you cannot view this resource.',
      data: { status: 403 },
    },
  },
  times: 1,
});

test.describe('customer detail: from the grid and back, and customers that are gone', () => {
  test('opens with what the grid knew, then the full object; Back restores the grid as it was', async ({
    page,
    appUrl,
    httpsStore,
    consoleErrors: _,
  }) => {
    await connectApp(page, httpsStore, 'v3');
    const grid = new CustomersGridScreen(page, appUrl);
    await grid.open('search=an&per_page=10&page=2');
    const expected = await readVersion<StoreCustomer[]>(
      httpsStore,
      'v3',
      'customers?search=an&per_page=10&page=2',
    );
    const [customer] = expected;
    if (!customer) throw new Error('the seeded store has no second page for "an"');
    await grid.expectRows(expected);
    const gridUrl = page.url();

    // The full object is refused once: what is on screen can only have come from the grid's cache.
    httpsStore.handler.faults.add(refuseOnce(`/wp-json/wc/v3/customers/${customer.id}`));
    // A click on the row (the grid's own way in, which hands over its search for the way back).
    await grid.dataRows.first().getByRole('cell', { name: customer.email }).click();
    const detail = new CustomerDetailScreen(page, appUrl);
    await expect(page.getByRole('alert')).toContainText('not allowed');
    await expect(detail.heading).toHaveText(`${customer.first_name} ${customer.last_name}`);
    await expect(page.getByText(customer.email).first()).toBeVisible();
    // The grid holds no street address: the billing address waits for the full object.
    const billing = detail.section('Billing address');
    await expect(billing).toBeVisible();
    await expect(billing).not.toContainText(customer.billing.address_1 ?? '');

    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(billing).toContainText(customer.billing.address_1 ?? '');
    await expect(detail.field('Account', 'Username')).toHaveText(customer.username);
    await expect(page.getByRole('alert')).toHaveCount(0);

    await detail.back.click();
    await expect(page).toHaveURL(gridUrl);
    await expect(grid.chip('Search: an')).toBeVisible();
    await expect(grid.dataRows.first()).toContainText(customer.email);

    // The name link is the other way in, and it hands over the grid's view just the same.
    await grid.dataRows
      .first()
      .getByRole('link', { name: `${customer.first_name} ${customer.last_name}` })
      .click();
    await expect(detail.heading).toHaveText(`${customer.first_name} ${customer.last_name}`);
    await detail.back.click();
    await expect(page).toHaveURL(gridUrl);
  });

  test('a search still being typed does not take you back from the customer you opened', async ({
    page,
    appUrl,
    httpsStore,
    consoleErrors: _,
  }) => {
    // The page's timers are the test's: the search box's pause (350 ms) ends exactly when the test
    // says, after the link was followed, not whenever a busy machine gets round to the click.
    await page.clock.install();
    await connectApp(page, httpsStore, 'v3');
    const grid = new CustomersGridScreen(page, appUrl);
    await grid.open();
    const link = grid.dataRows.first().getByRole('link');
    const name = await link.textContent();
    // A slow network: the customer screen's code is still on its way when the pause ends, so the
    // search's late commit comes while the grid is still drawn but the address is already the
    // customer's.
    let codeAsked: () => void = () => undefined;
    const codeOnItsWay = new Promise<void>((resolve) => (codeAsked = resolve));
    await page.route('**/assets/customer-detail-page-*.js', async (route) => {
      codeAsked();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.clock.pauseAt(Date.now() + 1000);
    await grid.search.fill('zz');
    await link.click();
    await codeOnItsWay;
    await page.clock.runFor(1000);
    await page.clock.resume();
    const detail = new CustomerDetailScreen(page, appUrl);
    await expect(detail.heading).toHaveText(name ?? '', { timeout: 10_000 });
    await expect(page).toHaveURL(/#\/customers\/\d+$/);
    // Back goes to the grid as it was when the link was followed: the search never went out.
    await page.goBack();
    await expect(grid.search).toHaveValue('');
  });

  test('a customer deleted meanwhile gets a clear page with the way back', async ({
    page,
    appUrl,
    httpsStore,
    consoleErrors: _,
  }) => {
    const [customer] = await readVersion<StoreCustomer[]>(httpsStore, 'v3', 'customers?per_page=1');
    if (!customer) throw new Error('empty store');
    httpsStore.handler.db.remove(customer.id); // someone else deleted them
    await connectApp(page, httpsStore, 'v3');
    const detail = new CustomerDetailScreen(page, appUrl);
    await detail.open(customer.id);
    await expect(detail.heading).toHaveText('Customer not found');
    await expect(page.getByRole('status')).toContainText(`no customer #${customer.id}`);
    await detail.back.click();
    await expect(page).toHaveURL(/#\/customers$/);
    await expect(page.getByRole('table', { name: 'Customers' })).toBeVisible();
  });

  test('an address that names no customer says so without asking the store', async ({
    page,
    appUrl,
    httpsStore,
    consoleErrors: _,
  }) => {
    await connectApp(page, httpsStore, 'v3');
    const detail = new CustomerDetailScreen(page, appUrl);
    await detail.open('abc');
    await expect(detail.heading).toHaveText('Customer not found');
    await expect(page.getByText('“abc” is not a customer ID.')).toBeVisible();
    await expect(detail.back).toBeVisible();
  });
});
