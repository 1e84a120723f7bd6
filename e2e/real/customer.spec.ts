import { CustomerDetailScreen, shownDateTime } from '../support/customer-detail';
import { CustomerFormScreen } from '../support/customer-form';
import { CustomersGridScreen } from '../support/customers-grid';
import { connectReal, expect, test, type RealCustomer } from './support/real-fixtures';
import { sendToStore, type StoreTarget } from '../../differential/store-target';

// One customer's life on the real store: detail, create and edit through the form (billing,
// shipping, meta data), the store's own field error, and deletes with and without reassign.

const ADDRESS = {
  first_name: 'Lena',
  last_name: 'Vogel',
  company: 'Vogel KG',
  address_1: 'Torstraße 1',
  address_2: '',
  city: 'Berlin',
  state: 'DE-BE',
  postcode: '10119',
  country: 'DE',
};

async function storeCustomer(store: StoreTarget, id: number) {
  const answer = await sendToStore(store, { path: `/wc/v3/customers/${id}`, auth: 'oauth-header' });
  return { status: answer.status, customer: answer.json as RealCustomer };
}

test('detail shows what the store holds: account, addresses and meta data', async ({
  page,
  appUrl,
  store,
  data,
  consoleErrors: _,
}) => {
  const customer = await data.customer({
    first_name: 'Lena',
    last_name: 'Vogel',
    billing: { ...ADDRESS, email: `${data.tag}-billing@real.test`, phone: '+49 30 123' },
    shipping: { ...ADDRESS, city: 'Hamburg', state: 'DE-HH', postcode: '20095' },
    meta_data: [
      { key: 'loyalty_tier', value: 'gold' },
      { key: 'preferences', value: { newsletter: true } },
    ],
  });
  await connectReal(page, store);
  const detail = new CustomerDetailScreen(page, appUrl);
  await detail.open(customer.id);
  await expect(detail.heading).toHaveText('Lena Vogel');
  await expect(detail.field('Account', 'Email')).toHaveText(customer.email);
  await expect(detail.field('Account', 'Username')).toHaveText(customer.username);
  await expect(detail.section('Billing address')).toContainText('Torstraße 1');
  await expect(detail.section('Shipping address')).toContainText('Hamburg');
  const meta = detail.section('Meta data').getByRole('table', { name: 'Meta data' });
  await expect(meta).toContainText('loyalty_tier');
  await expect(meta).toContainText('gold');
  await expect(meta).toContainText('newsletter');
});

test('v1: the grid and the detail say when a customer registered, as the store’s GMT date does', async ({
  page,
  appUrl,
  store,
  data,
  consoleErrors: _,
}) => {
  const made = await data.customer({ first_name: 'Early', last_name: 'Bird' });
  // v3's GMT date is right; this Berlin store's v1 prints date_created an hour early.
  const { customer } = await storeCustomer(store, made.id);
  const gmt = (customer as RealCustomer & { date_created_gmt: string }).date_created_gmt;
  const registered = await shownDateTime(page, gmt);
  await connectReal(page, store, { version: 'v1' });
  const grid = new CustomersGridScreen(page, appUrl);
  await grid.open();
  await grid.search.fill(data.tag);
  await expect(grid.dataRows).toHaveCount(1);
  await expect(grid.dataRows.first()).toContainText(registered);
  const detail = new CustomerDetailScreen(page, appUrl);
  await detail.open(made.id);
  await expect(detail.field('Dates', 'Created')).toContainText(registered);
});

test('create and edit with billing, shipping and meta data; a duplicate email lands on its field', async ({
  page,
  appUrl,
  store,
  data,
  consoleErrors: _,
}) => {
  const existing = await data.customer({ first_name: 'Taken' });
  await connectReal(page, store, { scheme: 'http' });
  const form = new CustomerFormScreen(page);

  // The store's refusal (registration-error-email-exists, HTML in its message) on the field.
  await page.goto(`${appUrl}#/customers/new`);
  await form.email.fill(existing.email.toUpperCase());
  await form.field('Account', 'First name').fill('Kept');
  await form.button('Create customer').click();
  await expect(form.email).toHaveAttribute('aria-invalid', 'true');
  await expect(form.email).toHaveAccessibleDescription(/already registered/i);
  await expect(form.field('Account', 'First name')).toHaveValue('Kept');

  const email = `${data.tag}-new@real.test`;
  await form.email.fill(email);
  await form.field('Account', 'Last name').fill('Neu');
  await form.field('Billing address', 'Address line 1').fill('Torstraße 1');
  await form.field('Billing address', 'City').fill('Berlin');
  await form.chooseCountry('Billing address', 'Germ', 'Germany (DE)');
  // The store's own state list (WooCommerce 7.9 codes Germany's states DE-BE…).
  await form.chooseState('Billing address', 'Berlin');
  await form.field('Billing address', 'Postcode / ZIP').fill('10119');
  await form.section('Shipping address').getByRole('button', { name: 'Same as billing' }).click();
  await form.field('Shipping address', 'City').fill('Potsdam');
  await form.addMeta('loyalty_tier', 'gold');
  await form.addMeta('preferences', '{"newsletter": true, "tags": ["vip"]}', 'JSON');
  await form.button('Create customer').click();
  await expect(page).toHaveURL(/#\/customers\/\d+$/);
  const id = Number(/customers\/(\d+)$/.exec(page.url())?.[1]);
  data.forget(id);
  const created = (await storeCustomer(store, id)).customer;
  expect(created).toMatchObject({
    email,
    first_name: 'Kept',
    last_name: 'Neu',
    billing: {
      address_1: 'Torstraße 1',
      city: 'Berlin',
      country: 'DE',
      state: 'DE-BE',
      postcode: '10119',
    },
    shipping: { address_1: 'Torstraße 1', city: 'Potsdam', country: 'DE' },
  });
  expect(created.meta_data).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ key: 'loyalty_tier', value: 'gold' }),
      expect.objectContaining({ key: 'preferences', value: { newsletter: true, tags: ['vip'] } }),
    ]),
  );

  // Edit: only the changed fields go, and the store keeps them.
  await page.getByRole('link', { name: 'Edit', exact: true }).click();
  await form.field('Billing address', 'City').fill('Leipzig');
  await form.metaRow('loyalty_tier').getByRole('textbox', { name: 'Value' }).fill('platinum');
  await form.button('Save changes').click();
  await expect(page).toHaveURL(new RegExp(`#/customers/${id}$`));
  await expect
    .poll(async () => (await storeCustomer(store, id)).customer.billing.city)
    .toBe('Leipzig');
  const edited = (await storeCustomer(store, id)).customer;
  expect(edited.meta_data).toEqual(
    expect.arrayContaining([expect.objectContaining({ key: 'loyalty_tier', value: 'platinum' })]),
  );
  expect(edited.shipping.city).toBe('Potsdam');
});

test('delete from the detail view, then with reassign to another user', async ({
  page,
  appUrl,
  store,
  data,
  consoleErrors: _,
}) => {
  const [plain, giver, heir] = await data.customers(3, (i) => ({
    first_name: ['Plain', 'Giver', 'Heir'][i],
    last_name: 'Gone',
  }));
  await connectReal(page, store);

  await page.goto(`${appUrl}#/customers/${plain!.id}`);
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Delete Plain Gone?' })
    .getByRole('button', { name: 'Delete', exact: true })
    .click();
  await expect(page).toHaveURL(/#\/customers$/);
  // Sent when the six-second undo window ends; the store then no longer has them.
  await expect
    .poll(async () => (await storeCustomer(store, plain!.id)).status, { timeout: 20_000 })
    .toBe(404);

  await page.goto(`${appUrl}#/customers/${giver!.id}`);
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete Giver Gone?' });
  await dialog.getByRole('checkbox', { name: 'Give their posts to another user' }).check();
  await dialog.getByRole('combobox', { name: 'Receiving user' }).fill(heir!.email);
  await page.getByRole('option', { name: new RegExp(`#${heir!.id}\\)`) }).click();
  const sent = page.waitForRequest(
    (r) => r.method() === 'DELETE' && r.url().includes(`/customers/${giver!.id}`),
    { timeout: 20_000 },
  );
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  expect(new URL((await sent).url()).searchParams.get('reassign')).toBe(String(heir!.id));
  await expect
    .poll(async () => (await storeCustomer(store, giver!.id)).status, { timeout: 20_000 })
    .toBe(404);
  expect((await storeCustomer(store, heir!.id)).status).toBe(200);
});
