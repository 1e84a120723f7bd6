import type { Customer } from '../src/api/schemas/customer';
import { connectPage } from './support/connected-page';
import { CustomerFormScreen } from './support/customer-form';
import { expect, test } from './support/fixtures';
import { readFromStore } from './support/store-client';
import { clearFaults, injectFault, writeToStore } from './support/store-writes';

// Create and edit against the demo store (plain HTTP, OAuth), each result checked by reading the
// store itself rather than trusting the screen.

async function customerWithMeta(store: Parameters<typeof readFromStore>[0]): Promise<Customer> {
  const page = await readFromStore<Customer[]>(store, 'customers?per_page=50&orderby=id');
  const found = page.find((c) => (c.meta_data ?? []).some((row) => !row.key.startsWith('_')));
  if (!found) throw new Error('the seed has no customer with custom fields');
  return found;
}

test('creates a customer with billing, shipping and meta_data, then finds it in the grid', async ({
  page,
  appUrl,
  httpStore,
  consoleErrors: _,
}) => {
  await connectPage(page, httpStore);
  await page.goto(`${appUrl}#/customers`);
  await page.getByRole('link', { name: 'New customer' }).click();
  const form = new CustomerFormScreen(page);
  const email = `zoe.oneill.${Date.now()}@example.com`;
  await form.email.fill(email);
  await form.field('Account', 'First name').fill('Zoë');
  await form.field('Account', 'Last name').fill("O'Neill");
  await form.field('Billing address', 'Address line 1').fill('Torstraße 1');
  await form.field('Billing address', 'City').fill('Berlin');
  await form.chooseCountry('Billing address', 'Germ', 'Germany (DE)');
  await form.field('Billing address', 'Postcode / ZIP').fill('10119');
  await form.section('Shipping address').getByRole('button', { name: 'Same as billing' }).click();
  await form.field('Shipping address', 'City').fill('Hamburg');
  await form.addMeta('loyalty_tier', 'gold');
  await form.addMeta('preferences', '{"newsletter": true, "tags": ["vip"]}', 'JSON');
  await form.button('Create customer').click();

  await expect(page).toHaveURL(/#\/customers\/\d+$/);
  await expect(page.getByRole('alert').filter({ hasText: 'created' })).toBeVisible();
  const id = Number(/customers\/(\d+)$/.exec(page.url())?.[1]);
  const stored = await readFromStore<Customer>(httpStore, `customers/${id}`);
  expect(stored).toMatchObject({
    email,
    first_name: 'Zoë',
    last_name: "O'Neill",
    billing: { address_1: 'Torstraße 1', city: 'Berlin', country: 'DE', postcode: '10119' },
    shipping: { address_1: 'Torstraße 1', city: 'Hamburg', country: 'DE' },
  });
  expect(stored.meta_data).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ key: 'loyalty_tier', value: 'gold' }),
      expect.objectContaining({ key: 'preferences', value: { newsletter: true, tags: ['vip'] } }),
    ]),
  );

  await page.goto(`${appUrl}#/customers?search=${encodeURIComponent(email)}`);
  await expect(page.getByRole('table', { name: 'Customers' })).toContainText(email);
});

test('an edit sends only the changed fields and the grid shows the new value at once', async ({
  page,
  appUrl,
  httpStore,
  consoleErrors: _,
}) => {
  const customer = await customerWithMeta(httpStore);
  const metaRow = (customer.meta_data ?? []).find((row) => !row.key.startsWith('_'))!;
  await connectPage(page, httpStore);
  // Open the grid on the page that lists the customer, so its row is in the cache.
  await page.goto(`${appUrl}#/customers?search=${encodeURIComponent(customer.email)}`);
  await page
    .getByRole('link', { name: new RegExp(customer.first_name) })
    .first()
    .click();
  await page.getByRole('link', { name: 'Edit', exact: true }).click();

  const form = new CustomerFormScreen(page);
  await form.field('Billing address', 'City').fill('Ushuaia');
  const value = form.metaRow(metaRow.key).getByRole('textbox', { name: 'Value' });
  await value.fill(typeof metaRow.value === 'string' ? 'edited value' : '{"edited": 1}');
  const put = page.waitForRequest(
    (r) => r.method() === 'PUT' && r.url().includes(`/customers/${customer.id}`),
  );
  await form.button('Save changes').click();
  const body = (await put).postDataJSON() as Record<string, unknown>;
  expect(body).toEqual({
    billing: { city: 'Ushuaia' },
    meta_data: [
      {
        id: metaRow.id,
        key: metaRow.key,
        value: typeof metaRow.value === 'string' ? 'edited value' : { edited: 1 },
      },
    ],
  });
  await expect(page).toHaveURL(new RegExp(`#/customers/${customer.id}$`));
  const stored = await readFromStore<Customer>(httpStore, `customers/${customer.id}`);
  expect(stored.billing.city).toBe('Ushuaia');
  expect(stored.email).toBe(customer.email);

  await page.goBack(); // edit
  await page.goBack(); // detail
  await page.goBack(); // grid, from history: no reload of the app
  await expect(page.getByRole('table', { name: 'Customers' })).toContainText('Ushuaia');
});

test('the state is a list for a country whose states the store knows, free text otherwise', async ({
  page,
  appUrl,
  httpStore,
  consoleErrors: _,
}) => {
  await connectPage(page, httpStore);
  await page.goto(`${appUrl}#/customers/new`);
  const form = new CustomerFormScreen(page);
  const email = `state.${Date.now()}@example.com`;
  await form.email.fill(email);
  await expect(form.field('Billing address', 'State / county')).toBeVisible();

  await form.chooseCountry('Billing address', 'United St', 'United States (US)');
  await expect(form.field('Billing address', 'State / county')).toHaveCount(0);
  await form.chooseState('Billing address', 'Texas');
  await expect(form.state('Billing address')).toHaveText('Texas');

  // The United Kingdom has no states in WooCommerce: whatever is typed is kept as written.
  await form.chooseCountry('Shipping address', 'United K', 'United Kingdom (GB)');
  await expect(form.state('Shipping address')).toHaveCount(0);
  await form.field('Shipping address', 'State / county').fill('Kent');

  const post = page.waitForRequest((r) => r.method() === 'POST' && r.url().includes('/customers'));
  await form.button('Create customer').click();
  expect((await post).postDataJSON()).toMatchObject({
    email,
    billing: { country: 'US', state: 'TX' },
    shipping: { country: 'GB', state: 'Kent' },
  });
  await expect(page).toHaveURL(/#\/customers\/\d+$/);
  const id = Number(/customers\/(\d+)$/.exec(page.url())?.[1]);
  const stored = await readFromStore<Customer>(httpStore, `customers/${id}`);
  expect(stored.billing).toMatchObject({ country: 'US', state: 'TX' });
  expect(stored.shipping).toMatchObject({ country: 'GB', state: 'Kent' });
});

test('removing a stored custom field deletes it on save; keys starting with _ are flagged internal', async ({
  page,
  appUrl,
  httpStore,
  consoleErrors: _,
}) => {
  const customers = await readFromStore<Customer[]>(httpStore, 'customers?per_page=50&orderby=id');
  const customer = customers.find((c) => {
    const keys = (c.meta_data ?? []).map((row) => row.key);
    return keys.some((key) => key.startsWith('_')) && keys.some((key) => !key.startsWith('_'));
  });
  if (!customer) throw new Error('the seed has no customer with internal and plain custom fields');
  const internal = customer.meta_data!.find((row) => row.key.startsWith('_'))!;
  const removed = customer.meta_data!.find((row) => !row.key.startsWith('_'))!;
  await connectPage(page, httpStore);
  await page.goto(`${appUrl}#/customers/${customer.id}/edit`);
  const form = new CustomerFormScreen(page);
  await expect(form.email).toHaveValue(customer.email);

  await expect(form.metaRow(internal.key).getByText('Internal', { exact: true })).toBeVisible();
  await expect(form.metaRow(removed.key).getByText('Internal', { exact: true })).toHaveCount(0);
  // The flag follows the key as it is typed; a row added and removed again sends nothing.
  await form.addMeta('_typed_key', 'x');
  await expect(form.metaRow('_typed_key').getByText('Internal', { exact: true })).toBeVisible();
  await form.metaRow('_typed_key').getByRole('button', { name: 'Remove field _typed_key' }).click();
  await expect(form.metaRow('_typed_key')).toHaveCount(0);

  await form
    .metaRow(removed.key)
    .getByRole('button', { name: `Remove field ${removed.key}` })
    .click();
  await expect(form.metaRow(removed.key)).toHaveCount(0);
  const put = page.waitForRequest(
    (r) => r.method() === 'PUT' && r.url().includes(`/customers/${customer.id}`),
  );
  await form.button('Save changes').click();
  // WooCommerce deletes a meta row sent with a null value (WC_Data::save_meta_data).
  expect((await put).postDataJSON()).toEqual({
    meta_data: [{ id: removed.id, key: removed.key, value: null }],
  });
  await expect(page).toHaveURL(new RegExp(`#/customers/${customer.id}$`));
  const stored = await readFromStore<Customer>(httpStore, `customers/${customer.id}`);
  expect((stored.meta_data ?? []).map((row) => row.key)).not.toContain(removed.key);
  expect(stored.meta_data).toContainEqual(expect.objectContaining({ id: internal.id }));
});

test('refused writes land on the field the store names, and the form keeps every value', async ({
  page,
  appUrl,
  httpStore,
  consoleErrors: _,
}) => {
  const [first, second] = await readFromStore<Customer[]>(
    httpStore,
    'customers?per_page=2&orderby=id',
  );
  await connectPage(page, httpStore);
  const form = new CustomerFormScreen(page);

  // Create: duplicate email (registration-error-email-exists, whose message holds HTML).
  await page.goto(`${appUrl}#/customers/new`);
  await form.email.fill(first!.email.toUpperCase());
  await form.field('Account', 'First name').fill('Kept');
  await form.button('Create customer').click();
  await expect(form.email).toHaveAttribute('aria-invalid', 'true');
  await expect(form.email).toHaveAccessibleDescription(/already registered/i);
  await expect(page.locator('a[href]').filter({ hasText: /log in/i })).toHaveCount(0);
  await expect(form.field('Account', 'First name')).toHaveValue('Kept');

  // Create: duplicate username (registration-error-username-exists).
  await form.email.fill(`new.${Date.now()}@example.com`);
  await form.username.fill(first!.username);
  await form.button('Create customer').click();
  await expect(form.username).toHaveAccessibleDescription(/username/i);
  await expect(form.username).toHaveAttribute('aria-invalid', 'true');

  // Update: another customer's email (woocommerce_rest_customer_invalid_email).
  await form.button('Cancel').click();
  await page
    .getByRole('dialog', { name: 'Leave without saving?' })
    .getByRole('button', { name: 'Leave' })
    .click();
  await expect(page).toHaveURL(/#\/customers$/);
  await page.goto(`${appUrl}#/customers/${second!.id}/edit`);
  await form.email.fill(first!.email);
  await form.button('Save changes').click();
  await expect(form.email).toHaveAttribute('aria-invalid', 'true');
  await expect(form.email).toHaveAccessibleDescription(/email/i);

  // A schema error on an argument (rest_invalid_param with data.params.billing).
  await form.email.fill(second!.email);
  await injectFault(httpStore, {
    match: { method: 'PUT', path: `/wp-json/wc/v3/customers/${second!.id}` },
    fault: {
      type: 'status',
      status: 400,
      body: {
        code: 'rest_invalid_param',
        message: 'Invalid parameter(s): billing',
        data: { status: 400, params: { billing: 'billing[email] is not a valid email address.' } },
      },
    },
    times: 1,
  });
  await form.field('Billing address', 'Billing email').fill('shop@example.com');
  await form.button('Save changes').click();
  await expect(form.field('Billing address', 'Billing email')).toHaveAccessibleDescription(
    'billing[email] is not a valid email address.',
  );

  // Anything else: a banner with Retry, which succeeds once the store is well again.
  await injectFault(httpStore, {
    match: { method: 'PUT', path: `/wp-json/wc/v3/customers/${second!.id}` },
    fault: { type: 'status', status: 500 },
  });
  await form.field('Billing address', 'City').fill('Valparaíso');
  await form.button('Save changes').click();
  const banner = page.getByRole('alert').filter({ hasText: 'The store had an error' });
  await expect(banner).toBeVisible();
  await expect(form.field('Billing address', 'City')).toHaveValue('Valparaíso');
  await clearFaults(httpStore);
  await banner.getByRole('button', { name: 'Retry' }).click();
  await expect(page).toHaveURL(new RegExp(`#/customers/${second!.id}$`));
  const stored = await readFromStore<Customer>(httpStore, `customers/${second!.id}`);
  expect(stored.billing).toMatchObject({ city: 'Valparaíso', email: 'shop@example.com' });
});

test('a change made on the store after the form opened is shown for review, not overwritten', async ({
  page,
  appUrl,
  httpStore,
  consoleErrors: _,
}) => {
  const [customer] = await readFromStore<Customer[]>(httpStore, 'customers?per_page=1&orderby=id');
  await connectPage(page, httpStore);
  await page.goto(`${appUrl}#/customers/${customer!.id}/edit`);
  const form = new CustomerFormScreen(page);
  await expect(form.email).toHaveValue(customer!.email);

  // Someone else changes the last name meanwhile.
  await writeToStore(httpStore, 'PUT', `customers/${customer!.id}`, {
    last_name: 'Changed-Elsewhere',
  });

  await form.field('Billing address', 'City').fill('Reykjavík');
  await form.button('Save changes').click();
  const review = page.getByRole('dialog', { name: 'Changed on the store since you opened it' });
  await expect(review).toBeVisible();
  await expect(review.getByRole('row', { name: /Last name/ })).toContainText('Changed-Elsewhere');
  await review.getByRole('button', { name: 'Keep editing' }).click();
  await expect(review).toBeHidden();
  await expect(form.field('Billing address', 'City')).toHaveValue('Reykjavík');

  await form.button('Save changes').click();
  await review.getByRole('button', { name: 'Save my changes' }).click();
  await expect(page).toHaveURL(new RegExp(`#/customers/${customer!.id}$`));
  const stored = await readFromStore<Customer>(httpStore, `customers/${customer!.id}`);
  // Theirs kept (we sent only what we changed), ours added.
  expect(stored.last_name).toBe('Changed-Elsewhere');
  expect(stored.billing.city).toBe('Reykjavík');
});

test('unsaved changes survive a reload as a draft, and leaving asks first', async ({
  page,
  appUrl,
  httpStore,
  consoleErrors: _,
}) => {
  const [customer] = await readFromStore<Customer[]>(httpStore, 'customers?per_page=1&orderby=id');
  await connectPage(page, httpStore);
  await page.goto(`${appUrl}#/customers/${customer!.id}/edit`);
  const form = new CustomerFormScreen(page);
  await form.field('Billing address', 'City').fill('Draftville');
  await expect
    .poll(() =>
      page.evaluate(() => Object.keys(localStorage).some((k) => k.includes('customer-draft'))),
    )
    .toBe(true);

  // Reloading asks with the browser's own "leave site?" prompt; accepting it reloads.
  const prompts: string[] = [];
  page.once('dialog', (dialog) => {
    prompts.push(dialog.type());
    void dialog.accept();
  });
  await page.reload();
  expect(prompts).toEqual(['beforeunload']);
  await expect(page.getByText(/You have unsaved changes from/)).toBeVisible();
  await expect(form.field('Billing address', 'City')).toHaveValue(customer!.billing.city);
  await page.getByRole('button', { name: 'Restore them' }).click();
  await expect(form.field('Billing address', 'City')).toHaveValue('Draftville');

  // In-app navigation asks first; staying keeps the values.
  await page.getByRole('link', { name: 'Cancel' }).click();
  const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
  await leave.getByRole('button', { name: 'Stay' }).click();
  await expect(form.field('Billing address', 'City')).toHaveValue('Draftville');
  await page.getByRole('link', { name: 'Cancel' }).click();
  await leave.getByRole('button', { name: 'Leave' }).click();
  await expect(page).toHaveURL(new RegExp(`#/customers/${customer!.id}$`));
  // The detail view has rendered (the form is gone), as a person would see before going on.
  await expect(page.getByRole('link', { name: 'Edit', exact: true })).toBeVisible();
  // Leaving on purpose drops the draft: opening the form again starts from the store's values.
  await page.goto(`${appUrl}#/customers/${customer!.id}/edit`);
  await expect(form.field('Billing address', 'City')).toHaveValue(customer!.billing.city);
  await expect(page.getByText(/You have unsaved changes from/)).toHaveCount(0);
});

test("the browser's Back asks before unsaved changes are left, and Stay keeps address and form", async ({
  page,
  appUrl,
  httpStore,
  consoleErrors: _,
}) => {
  const [customer] = await readFromStore<Customer[]>(httpStore, 'customers?per_page=1&orderby=id');
  await connectPage(page, httpStore);
  await page.goto(`${appUrl}#/customers/${customer!.id}`);
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  const editUrl = new RegExp(`#/customers/${customer!.id}/edit$`);
  await expect(page).toHaveURL(editUrl);
  const form = new CustomerFormScreen(page);
  const city = form.field('Billing address', 'City');
  await city.fill('Backville');

  // Back: the dialog asks, and the address bar stays on the form meanwhile.
  await page.evaluate(() => history.back());
  const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(leave).toBeVisible();
  await expect(page).toHaveURL(editUrl);
  await leave.getByRole('button', { name: 'Stay' }).click();
  await expect(leave).toBeHidden();
  await expect(page).toHaveURL(editUrl);
  await expect(city).toHaveValue('Backville');

  // Back again, and leave: on to the customer's page, one step back in the history.
  await page.evaluate(() => history.back());
  await leave.getByRole('button', { name: 'Leave' }).click();
  await expect(page).toHaveURL(new RegExp(`#/customers/${customer!.id}$`));
  await expect(page.getByRole('link', { name: 'Edit', exact: true })).toBeVisible();
  // Forward returns to the form, its draft dropped by leaving.
  await page.evaluate(() => history.forward());
  await expect(page).toHaveURL(editUrl);
  await expect(city).toHaveValue(customer!.billing.city);
});

test('on v1, which has no meta_data, the form leaves custom fields out', async ({
  page,
  appUrl,
  httpStore,
  consoleErrors: _,
}) => {
  const [customer] = await readFromStore<Customer[]>(httpStore, 'customers?per_page=1&orderby=id');
  await connectPage(page, httpStore, 'v1');
  await page.goto(`${appUrl}#/customers/${customer!.id}/edit`);
  const form = new CustomerFormScreen(page);
  await expect(form.email).toHaveValue(customer!.email);
  await expect(form.section('Custom fields (meta data)')).toHaveCount(0);
  await form.field('Account', 'Last name').fill('Version-One');
  const put = page.waitForRequest((r) => r.method() === 'PUT');
  await form.button('Save changes').click();
  expect((await put).url()).toContain('/wp-json/wc/v1/customers/');
  expect((await put).postDataJSON()).toEqual({ last_name: 'Version-One' });
  await expect(page).toHaveURL(new RegExp(`#/customers/${customer!.id}$`));
});
