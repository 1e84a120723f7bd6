import { expect, test } from './support/batch-fixtures';
import { LOCAL_ONLY } from './support/grid-fixtures';
import { readStorePage } from './support/grid-store';
import { readFromStore } from './support/store-client';

test.use(LOCAL_ONLY);

interface StoreCustomer {
  id: number;
  email: string;
  first_name: string;
  billing: { country: string };
  meta_data: { key: string; value: unknown }[];
}

type CityCustomer = StoreCustomer & { billing: { city: string } };

test.describe('batch editor: gather, review and send', () => {
  test('queues updates and deletes from the grid and creates in the editor, then sends them', async ({
    batch,
    httpStore,
    consoleErrors: _,
  }) => {
    const page = batch.page;
    const [a, b, c] = await readFromStore<StoreCustomer[]>(httpStore, 'customers?per_page=3');
    await batch.openGrid();
    await batch.gridRows.nth(0).getByRole('checkbox').check();
    await batch.gridRows.nth(1).getByRole('checkbox').check();
    await batch.addToBatch('updates');
    await batch.bulkEdit({ 'Billing country': 'NZ', 'meta:tier': 'gold' });
    await expect(page.getByText('2 operations added to the batch.')).toBeVisible();

    await batch.button('Clear selection').click();
    await batch.gridRows.nth(2).getByRole('checkbox').check();
    await batch.addToBatch('deletes');
    await expect(page.getByText('1 operation added to the batch.')).toBeVisible();

    await batch.navLink(3).click();
    await expect(batch.counts).toHaveText('0 to create · 2 to update · 1 to delete');
    await expect(batch.others.getByRole('row')).toHaveCount(4);
    await expect(batch.others).toContainText(`#${c!.id} ${c!.email}`);

    await batch.button('Add customer').click();
    await expect(batch.cell('Email', 1)).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(/Email: not a valid email address/).first()).toBeVisible();
    await batch.cell('Email', 1).fill('batch-new@example.test');
    await batch.cell('First name', 1).fill('Nova');
    await batch.cell('First name', 1).press('Enter');
    await expect(batch.counts).toHaveText('1 to create · 2 to update · 1 to delete');

    await batch.button('Review and send').click();
    const review = page.getByRole('dialog', { name: 'Review 4 operations' });
    const diff = review.getByRole('table', { name: 'Changes to review' });
    await expect(
      diff.getByRole('row', { name: new RegExp(`${a!.billing.country}.*NZ`) }).first(),
    ).toBeVisible();
    await expect(review.getByText('1 customer will be deleted for good.')).toBeVisible();
    await review.getByRole('button', { name: 'Send 4 operations' }).click();
    await expect(page.getByText('All operations succeeded. The queue is empty.')).toBeVisible();
    await expect(batch.navLink(0)).toBeVisible();

    for (const id of [a!.id, b!.id]) {
      const after = await readFromStore<StoreCustomer>(httpStore, `customers/${id}`);
      expect(after.billing.country).toBe('NZ');
      expect(after.meta_data.find((m) => m.key === 'tier')?.value).toBe('gold');
    }
    await expect(readFromStore(httpStore, `customers/${c!.id}`)).rejects.toThrow(/404/);
    const created = await readFromStore<StoreCustomer[]>(
      httpStore,
      'customers?email=batch-new@example.test',
    );
    expect(created.map((x) => x.first_name)).toEqual(['Nova']);
  });

  test('a queued update edited in its dialog and another removed are sent as they now stand', async ({
    batch,
    httpStore,
    consoleErrors: _,
  }) => {
    const page = batch.page;
    const [a, b, c, d] = await readFromStore<CityCustomer[]>(httpStore, 'customers?per_page=4');
    await batch.openGrid();
    for (const row of [0, 1, 2]) await batch.gridRows.nth(row).getByRole('checkbox').check();
    await batch.addToBatch('updates');
    await batch.bulkEdit({ 'Billing city': 'Lyon' });
    await expect(page.getByText('3 operations added to the batch.')).toBeVisible();
    await batch.button('Clear selection').click();
    await batch.gridRows.nth(3).getByRole('checkbox').check();
    await batch.addToBatch('deletes');
    await batch.navLink(4).click();
    await batch.button('Add customer').click();
    await batch.cell('Email', 1).fill('batch-edit@example.test');
    await batch.cell('Email', 1).press('Enter');
    await expect(batch.counts).toHaveText('1 to create · 3 to update · 1 to delete');

    // Edit b's update: change the queued value and add a field.
    await batch.others
      .getByRole('button', { name: `Edit Update of #${b!.id} ${b!.email}`, exact: true })
      .click();
    const dialog = page.getByRole('dialog', { name: `Edit Update: #${b!.id} ${b!.email}` });
    await dialog.getByRole('textbox', { name: 'Billing city', exact: true }).fill('Marseille');
    await dialog.getByRole('combobox', { name: 'Choose a field' }).click();
    await page.getByRole('option', { name: 'First name', exact: true }).click();
    await dialog.getByRole('button', { name: 'Add field' }).click();
    await dialog.getByRole('textbox', { name: 'First name', exact: true }).fill('Renamed');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(batch.others.getByRole('row', { name: `#${b!.id} ${b!.email}` })).toContainText(
      'Billing city → Marseille; First name → Renamed',
    );

    // Remove c's update.
    await batch.others
      .getByRole('button', { name: `Remove Update of #${c!.id} ${c!.email}`, exact: true })
      .click();
    await expect(batch.counts).toHaveText('1 to create · 2 to update · 1 to delete');
    await expect(
      batch.others.getByRole('button', { name: `Edit Update of #${c!.id} ${c!.email}` }),
    ).toHaveCount(0);
    await expect(batch.others.getByRole('row')).toHaveCount(4);

    const post = page.waitForRequest(
      (r) => r.method() === 'POST' && new URL(r.url()).pathname.endsWith('/customers/batch'),
    );
    await batch.reviewAndSend(4);
    expect((await post).postDataJSON()).toEqual({
      create: [{ email: 'batch-edit@example.test' }],
      update: [
        { id: a!.id, billing: { city: 'Lyon' } },
        { id: b!.id, billing: { city: 'Marseille' }, first_name: 'Renamed' },
      ],
      delete: [d!.id],
    });
    await expect(page.getByText('All operations succeeded. The queue is empty.')).toBeVisible();
    // The removed update never reached the store.
    const untouched = await readFromStore<CityCustomer>(httpStore, `customers/${c!.id}`);
    expect(untouched.billing.city).toBe(c!.billing.city);
  });

  test('"all N matching" pages through the server for the ids, with progress, and queues them all', async ({
    batch,
    httpStore,
    consoleErrors: _,
  }) => {
    const expected = await readStorePage(httpStore, 'role=all&per_page=1');
    expect(expected.total).toBeGreaterThan(100);
    await batch.openGrid('role=all');
    await batch.page.getByRole('checkbox', { name: 'Select all customers on this page' }).check();
    await batch.button(`Select all ${expected.total} matching customers`).click();
    // The second page of ids is held back, so the progress after the first stays on screen.
    httpStore.handler.faults.add({
      match: {
        method: 'GET',
        path: '/wp-json/wc/v3/customers',
        query: { _fields: 'id,email', page: '2' },
      },
      fault: { type: 'delay', ms: 3000 },
    });
    await batch.addToBatch('deletes');
    await expect(
      batch.page.getByText(`Collecting the matching customers: 100 of ${expected.total}…`),
    ).toBeVisible();
    await expect(
      batch.page.getByText(`${expected.total} operations added to the batch.`),
    ).toBeVisible();
    await batch.navLink(expected.total).click();
    await expect(batch.counts).toHaveText(
      `0 to create · 0 to update · ${expected.total} to delete`,
    );
  });
});
