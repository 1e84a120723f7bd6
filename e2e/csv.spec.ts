import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { expect, test } from './support/batch-fixtures';
import { importCsv, newCustomersCsv, queueImported } from './support/batch-csv';
import { LOCAL_ONLY } from './support/grid-fixtures';
import { readStorePage } from './support/grid-store';
import { readFromStore } from './support/store-client';

test.use(LOCAL_ONLY);

interface StoreCustomer {
  id: number;
  email: string;
  first_name: string;
  billing: { country: string; city: string };
  meta_data: { key: string; value: unknown }[];
}

test.describe('CSV import and export', () => {
  test('imports a file with good and bad rows: the bad ones are listed by line, the good ones sent', async ({
    batch,
    httpStore,
    consoleErrors: _,
  }) => {
    const [existing] = await readFromStore<StoreCustomer[]>(httpStore, 'customers?per_page=1');
    const csv = [
      'Email,First Name,billing_country,billing_city,meta:tier,notes',
      'csv-good-1@example.test,Ada,GB,London,gold,ignored',
      'not-an-email,Bob,DE,,,',
      'csv-good-2@example.test,"Cy, Jr.",FR,Paris,silver,',
      'csv-bad-country@example.test,Dee,Germany,,,',
      `${existing!.email},Eve,NL,,,`,
    ].join('\r\n');
    await batch.openEditor();
    await importCsv(batch.page, csv, {
      expectSummary: '3 rows are ready (3 creates, 0 updates); 2 rows have problems.',
    });
    const dialog = batch.page.getByRole('dialog', { name: 'Import customers from CSV' });
    const mapping = dialog.getByRole('table', { name: 'Column mapping' });
    await expect(
      mapping.getByRole('combobox', { name: 'Customer field: billing_city' }),
    ).toHaveText('Billing city');
    await expect(mapping.getByRole('combobox', { name: 'Customer field: meta:tier' })).toHaveText(
      'Meta “tier”',
    );
    await expect(mapping.getByRole('combobox', { name: 'Customer field: notes' })).toHaveText(
      'Ignore this column',
    );
    const problems = dialog.getByRole('table', { name: 'Rows with problems' });
    await expect(
      problems.getByRole('row', { name: /^3 Email: not a valid email address/ }),
    ).toBeVisible();
    await expect(
      problems.getByRole('row', { name: /^5 Billing country: use a two-letter country code/ }),
    ).toBeVisible();
    await queueImported(batch.page, 3);

    await batch.reviewAndSend(3);
    // The row whose email the store already has fails alone, with the store's reason.
    await expect(
      batch.page.getByText('Sent: 2 succeeded, 1 failed and stay in the queue.'),
    ).toBeVisible();
    await expect(
      batch.creates.getByText(/already registered with your email address/),
    ).toBeVisible();
    const [ada] = await readFromStore<StoreCustomer[]>(
      httpStore,
      'customers?email=csv-good-1@example.test',
    );
    expect(ada).toMatchObject({ first_name: 'Ada', billing: { country: 'GB', city: 'London' } });
    expect(ada!.meta_data).toContainEqual(expect.objectContaining({ key: 'tier', value: 'gold' }));
    const [cy] = await readFromStore<StoreCustomer[]>(
      httpStore,
      'customers?email=csv-good-2@example.test',
    );
    expect(cy!.first_name).toBe('Cy, Jr.');
  });

  test('imports rows that match existing customers by id or email as updates', async ({
    batch,
    httpStore,
    consoleErrors: _,
  }) => {
    const [a, b] = await readFromStore<StoreCustomer[]>(httpStore, 'customers?per_page=2');
    const csv = [
      'id,email,billing_city',
      `${a!.id},,Reykjavik`,
      `,${b!.email.toUpperCase()},Tromsø`,
      ',csv-new@example.test,Oslo',
      '999999,,Nowhere',
    ].join('\n');
    await batch.openEditor();
    await importCsv(batch.page, csv, {
      mode: 'match',
      expectSummary: '3 rows are ready (1 creates, 2 updates); 1 rows have problems.',
    });
    await expect(
      batch.page
        .getByRole('table', { name: 'Rows with problems' })
        .getByText('ID: no customer with this ID on the store.'),
    ).toBeVisible();
    await queueImported(batch.page, 3);
    await expect(batch.counts).toHaveText('1 to create · 2 to update · 0 to delete');

    await batch.button('Review and send').click();
    const diff = batch.page.getByRole('table', { name: 'Changes to review' });
    await expect(
      diff.getByRole('row', { name: new RegExp(`${a!.billing.city}.*Reykjavik`) }),
    ).toBeVisible();
    await batch.page.getByRole('button', { name: 'Send 3 operations' }).click();
    await expect(
      batch.page.getByText('All operations succeeded. The queue is empty.'),
    ).toBeVisible();
    expect((await readFromStore<StoreCustomer>(httpStore, `customers/${a!.id}`)).billing.city).toBe(
      'Reykjavik',
    );
    const bAfter = await readFromStore<StoreCustomer>(httpStore, `customers/${b!.id}`);
    expect(bAfter).toMatchObject({ email: b!.email, billing: { city: 'Tromsø' } });
  });

  test('reads a CSV file dropped on the dialog, and refuses several files at once without reading any', async ({
    batch,
    consoleErrors: _,
  }) => {
    await batch.openEditor();
    const { page } = batch;
    await page.getByRole('button', { name: 'Import CSV', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Import customers from CSV' });
    const dropArea = dialog.getByText('or drop a CSV file here');
    const drop = async (files: { name: string; text: string }[]) => {
      const dataTransfer = await page.evaluateHandle((list) => {
        const transfer = new DataTransfer();
        for (const file of list) {
          transfer.items.add(new File([file.text], file.name, { type: 'text/csv' }));
        }
        return transfer;
      }, files);
      await dropArea.dispatchEvent('dragover', { dataTransfer });
      await dropArea.dispatchEvent('drop', { dataTransfer });
    };

    await drop([
      { name: 'a.csv', text: newCustomersCsv(2, 'dropped-a') },
      { name: 'b.csv', text: newCustomersCsv(2, 'dropped-b') },
    ]);
    await expect(dialog.getByRole('alert')).toHaveText(
      '2 files were dropped. Drop one CSV file at a time; none was read.',
    );
    await expect(dialog.getByRole('table', { name: 'Column mapping' })).toBeHidden();

    await drop([{ name: 'dropped.csv', text: newCustomersCsv(3, 'dropped') }]);
    await expect(dialog.getByText('dropped.csv: 3 rows, 4 columns')).toBeVisible();
    await dialog.getByRole('button', { name: 'Check rows' }).click();
    await expect(dialog.getByRole('status')).toHaveText(
      '3 rows are ready (3 creates, 0 updates); 0 rows have problems.',
    );
    await queueImported(page, 3);
    await expect(batch.creates.getByRole('textbox', { name: 'Email, row 1' })).toHaveValue(
      'dropped-0@example.test',
    );
  });

  test('imports 10,000 rows in slices and queues them, saved, with the table a page at a time', async ({
    batch,
    consoleErrors: _,
  }) => {
    await batch.openEditor();
    await importCsv(batch.page, newCustomersCsv(10_000, 'ten-k'), {
      expectSummary: '10000 rows are ready (10000 creates, 0 updates); 0 rows have problems.',
    });
    await queueImported(batch.page, 10_000);
    await expect(batch.counts).toHaveText('10000 to create · 0 to update · 0 to delete');
    await expect(batch.creates.getByRole('row')).toHaveCount(21);
    await batch.page.reload();
    await expect(batch.counts).toHaveText('10000 to create · 0 to update · 0 to delete');
    await expect(batch.cell('Email', 1)).toHaveValue('ten-k-0@example.test');
  });

  test('exports every page of a filtered view, matching the store, as a spreadsheet-safe file', async ({
    batch,
    httpStore,
    consoleErrors: _,
  }) => {
    const filter = 'role=all&search=e';
    const expected: { id: number; email: string }[] = [];
    for (let page = 1; ; page += 1) {
      const chunk = await readStorePage(
        httpStore,
        `${filter}&per_page=100&page=${page}&orderby=id&order=asc`,
      );
      expected.push(...chunk.items);
      if (page >= chunk.totalPages) break;
    }
    expect(expected.length).toBeGreaterThan(100);

    await batch.openGrid(`${filter}&hidden=registered,paying`);
    await batch.button('Export CSV').click();
    const dialog = batch.page.getByRole('dialog', { name: 'Export customers to CSV' });
    await expect(
      dialog.getByRole('radio', { name: 'The columns visible in the grid' }),
    ).toBeChecked();
    const download = batch.page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const file = await (await download).path();
    await expect(
      dialog.getByText(new RegExp(`Exported ${expected.length} customers`)),
    ).toBeVisible();

    const text = await readFile(file, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.meta.fields).toEqual([
      'id',
      'first_name',
      'last_name',
      'email',
      'username',
      'role',
      'billing_city',
      'billing_country',
    ]);
    expect(parsed.data.map((row) => [Number(row.id), row.email])).toEqual(
      expected.map((c) => [c.id, c.email]),
    );

    // All fields: the addresses in full.
    const again = batch.page.waitForEvent('download');
    await dialog.getByRole('radio', { name: 'All fields' }).check();
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const all = await readFile(await (await again).path(), 'utf8');
    const header = all.slice(1, all.indexOf('\r\n')).split(',');
    expect(header).toEqual(
      expect.arrayContaining(['billing_address_1', 'shipping_postcode', 'meta_data']),
    );
  });

  test('shows export progress page by page and cancels without saving a file', async ({
    batch,
    httpStore,
    consoleErrors: _,
  }) => {
    await batch.openGrid('role=all');
    httpStore.handler.faults.add({
      match: { method: 'GET', path: '/wp-json/wc/v3/customers', query: { page: '2' } },
      fault: { type: 'delay', ms: 5000 },
    });
    let downloads = 0;
    batch.page.on('download', () => (downloads += 1));
    await batch.button('Export CSV').click();
    const dialog = batch.page.getByRole('dialog', { name: 'Export customers to CSV' });
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(dialog.getByText(/^Exporting: 100 of \d+ customers$/)).toBeVisible();
    await expect(dialog.getByRole('progressbar', { name: 'Export progress' })).toHaveAttribute(
      'aria-valuenow',
      /^[1-9]\d*$/,
    );
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog.getByText('Export cancelled. Nothing was saved.')).toBeVisible();
    expect(downloads).toBe(0);
  });
});
