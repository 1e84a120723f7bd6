// One cold run of the writes a person makes: save an edit, delete a customer, send a batch of 250
// new customers, each through the UI. For each: the store requests the app made, and how long the
// person waited (a delete waits out its six-second undo window, so only its requests are counted).
import type { Page } from '@playwright/test';
import type { BenchSession } from './app-session';
import { storeTraffic, type Traffic } from './store-traffic';

export interface WritesRun {
  saveMs: number;
  save: Traffic;
  delete: Traffic;
  batch250Ms: number;
  batch250: Traffic;
}

const now = (page: Page) => page.evaluate(() => performance.now());

export function newCustomersCsv(count: number, prefix: string): string {
  const rows = Array.from(
    { length: count },
    (_, i) => `${prefix}-${i}@example.test,Bench ${i},Loader,Lyon,FR`,
  );
  return ['email,first_name,last_name,billing_city,billing_country', ...rows].join('\r\n');
}

/** Chooses the file in the editor's import dialog, checks and queues the rows. */
export async function importCsv(page: Page, csv: string, count: number): Promise<void> {
  await page.getByRole('button', { name: 'Import CSV', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import customers from CSV' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose CSV file' }).click();
  await (
    await chooser
  ).setFiles({ name: 'bench.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await dialog.getByRole('button', { name: 'Check rows' }).click();
  await dialog.getByRole('button', { name: `Queue ${count} rows` }).click({ timeout: 300_000 });
  await dialog.waitFor({ state: 'hidden', timeout: 300_000 });
}

/** Review and send; resolves when the editor says every operation succeeded. */
export async function reviewAndSend(page: Page, count: number): Promise<void> {
  await page.getByRole('button', { name: 'Review and send', exact: true }).click();
  await page
    .getByRole('dialog', { name: `Review ${count} operations` })
    .getByRole('button', { name: `Send ${count} operations` })
    .click({ timeout: 300_000 });
  await page
    .getByText('All operations succeeded. The queue is empty.')
    .waitFor({ timeout: 600_000 });
}

export async function measureWrites(
  session: BenchSession,
  run: number,
  targets: { editId: number; deleteId: number },
): Promise<WritesRun> {
  const { url } = session.app;
  const page = await session.coldPage();
  const traffic = storeTraffic(page);

  await page.goto(`${url}#/customers/${targets.editId}/edit`);
  const city = page
    .getByRole('region', { name: 'Billing address' })
    .getByRole('textbox', { name: 'City', exact: true });
  await city.fill(`Bench city ${run}`);
  await page.waitForLoadState('networkidle');
  let mark = traffic.mark();
  let start = await now(page);
  await page.getByRole('button', { name: 'Save changes', exact: true }).click();
  await page.waitForURL(new RegExp(`#/customers/${targets.editId}$`));
  await page.getByText(`Bench city ${run}`).first().waitFor();
  const saveMs = (await now(page)) - start;
  await page.waitForLoadState('networkidle');
  const save = await traffic.since(mark);

  await page.goto(`${url}#/customers?include=${targets.deleteId}`);
  const table = page.getByRole('table', { name: 'Customers' });
  await table.getByRole('button', { name: /^Delete / }).click();
  await page.waitForLoadState('networkidle');
  mark = traffic.mark();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
  await page.waitForEvent('requestfinished', {
    predicate: (request) => request.method() === 'DELETE',
    timeout: 30_000,
  });
  await page.waitForLoadState('networkidle');
  const deleted = await traffic.since(mark);

  await page.goto(`${url}#/batch`);
  await importCsv(page, newCustomersCsv(250, `bench-250-${run}`), 250);
  await page.waitForLoadState('networkidle');
  mark = traffic.mark();
  start = await now(page);
  await reviewAndSend(page, 250);
  const batch250Ms = (await now(page)) - start;
  await page.waitForLoadState('networkidle');
  const batch250 = await traffic.since(mark);
  await page.context().close();
  return { saveMs, save, delete: deleted, batch250Ms, batch250 };
}
