import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** Imports CSV text through the editor's dialog, as a person choosing a file would. */
export async function importCsv(
  page: Page,
  csv: string,
  options: { mode?: 'create' | 'match'; expectSummary: RegExp | string },
): Promise<void> {
  await page.getByRole('button', { name: 'Import CSV', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import customers from CSV' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose CSV file' }).click();
  await (
    await chooser
  ).setFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(dialog.getByRole('table', { name: 'Column mapping' })).toBeVisible();
  if (options.mode === 'match') {
    await dialog
      .getByRole('radio', {
        name: 'Updates where the ID or email matches a customer, creates otherwise',
      })
      .check();
  }
  await dialog.getByRole('button', { name: 'Check rows' }).click();
  await expect(dialog.getByRole('status')).toHaveText(options.expectSummary);
}

export async function queueImported(page: Page, count: number): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Import customers from CSV' });
  await dialog.getByRole('button', { name: `Queue ${count} rows` }).click();
  await expect(dialog).toBeHidden();
}

/** `n` new customers as CSV rows with unique emails. */
export function newCustomersCsv(n: number, prefix: string): string {
  const rows = Array.from(
    { length: n },
    (_, i) => `${prefix}-${i}@example.test,Bulk ${i},Loader,DE`,
  );
  return ['email,first_name,last_name,billing_country', ...rows].join('\n');
}
