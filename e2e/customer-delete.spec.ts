import type { Customer } from '../src/api/schemas/customer';
import { connectPage } from './support/connected-page';
import { expect, test } from './support/fixtures';
import { readFromStore, storeRequestLog } from './support/store-client';
import { injectFault } from './support/store-writes';

// Deletes wait six seconds with Undo before anything is sent; each outcome is checked on the store.

async function firstCustomers(store: Parameters<typeof readFromStore>[0], count: number) {
  return readFromStore<Customer[]>(store, `customers?per_page=${count}&orderby=id`);
}

function nameOf(customer: Customer): string {
  return `${customer.first_name} ${customer.last_name}`.trim() || customer.email;
}

async function storeHas(store: Parameters<typeof readFromStore>[0], id: number): Promise<boolean> {
  return readFromStore(store, `customers/${id}`).then(
    () => true,
    () => false,
  );
}

test('a delete from the detail view can be undone, and then nothing is sent', async ({
  page,
  appUrl,
  httpStore,
  consoleErrors: _,
}) => {
  // First by name, as the grid opens after the delete: its row must be on screen to come back.
  const [customer] = await readFromStore<Customer[]>(
    httpStore,
    'customers?per_page=1&orderby=name&order=asc',
  );
  const name = nameOf(customer!);
  await connectPage(page, httpStore);
  await page.goto(`${appUrl}#/customers/${customer!.id}`);
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Delete ${name}?` });
  await expect(dialog).toContainText('no trash');
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();

  await expect(page).toHaveURL(/#\/customers$/);
  const table = page.getByRole('table', { name: 'Customers' });
  await expect(table).not.toContainText(customer!.email);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(table).toContainText(customer!.email);
  await expect(page.getByText(`Kept ${name}`)).toBeVisible();

  await page.waitForTimeout(7000); // past the undo window: the delete would have gone by now
  expect((await storeRequestLog(httpStore)).filter((r) => r.method === 'DELETE')).toEqual([]);
  expect(await storeHas(httpStore, customer!.id)).toBe(true);
});

test('a delete from a grid row is sent once, with force=true, when the undo window ends', async ({
  page,
  appUrl,
  httpStore,
  consoleErrors: _,
}) => {
  const customers = await firstCustomers(httpStore, 3);
  const target = customers[1]!;
  await connectPage(page, httpStore);
  await page.goto(`${appUrl}#/customers?orderby=id&order=asc`);
  const table = page.getByRole('table', { name: 'Customers' });
  await expect(table).toContainText(target.email);
  await table.getByRole('button', { name: `Delete ${nameOf(target)}` }).click();
  await page
    .getByRole('dialog', { name: `Delete ${nameOf(target)}?` })
    .getByRole('button', { name: 'Delete', exact: true })
    .click();
  await expect(table).not.toContainText(target.email);
  await expect(table).toContainText(customers[0]!.email);

  await expect.poll(() => storeHas(httpStore, target.id), { timeout: 15_000 }).toBe(false);
  const deletes = (await storeRequestLog(httpStore)).filter((r) => r.method === 'DELETE');
  expect(deletes).toHaveLength(1);
  expect(deletes[0]!.path).toBe(`/wp-json/wc/v3/customers/${target.id}`);
  expect(new URLSearchParams(deletes[0]!.query).get('force')).toBe('true');
  await expect(table).not.toContainText(target.email);
});

test('on v3 the customer’s posts can go to another user (reassign)', async ({
  page,
  appUrl,
  httpStore,
  consoleErrors: _,
}) => {
  const [target, heir] = await firstCustomers(httpStore, 2);
  await connectPage(page, httpStore, 'v3');
  await page.goto(`${appUrl}#/customers/${target!.id}`);
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Delete ${nameOf(target!)}?` });
  await dialog.getByRole('checkbox', { name: 'Give their posts to another user' }).check();
  const confirm = dialog.getByRole('button', { name: 'Delete', exact: true });
  await expect(confirm).toBeDisabled(); // until someone is picked
  await dialog.getByRole('combobox', { name: 'Receiving user' }).fill(heir!.email);
  await page.getByRole('option', { name: new RegExp(`#${heir!.id}\\)`) }).click();
  await confirm.click();

  await expect.poll(() => storeHas(httpStore, target!.id), { timeout: 15_000 }).toBe(false);
  const [sent] = (await storeRequestLog(httpStore)).filter((r) => r.method === 'DELETE');
  expect(new URLSearchParams(sent!.query).get('reassign')).toBe(String(heir!.id));
});

test('a refused delete brings the row back and says why', async ({
  page,
  appUrl,
  httpStore,
  consoleErrors: _,
}) => {
  const [target] = await firstCustomers(httpStore, 1);
  await injectFault(httpStore, {
    match: { method: 'DELETE', path: `/wp-json/wc/v3/customers/${target!.id}` },
    fault: { type: 'status', status: 500 },
  });
  await connectPage(page, httpStore);
  await page.goto(`${appUrl}#/customers?orderby=id&order=asc`);
  const table = page.getByRole('table', { name: 'Customers' });
  await table.getByRole('button', { name: `Delete ${nameOf(target!)}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(table).not.toContainText(target!.email);
  await expect(
    page.getByRole('alert').filter({ hasText: `Could not delete ${nameOf(target!)}` }),
  ).toBeVisible({
    timeout: 15_000,
  });
  await expect(table).toContainText(target!.email);
  expect(await storeHas(httpStore, target!.id)).toBe(true);
});
