import { expect, test } from './support/batch-fixtures';
import type { BatchScreen } from './support/batch-screen';
import { importCsv, newCustomersCsv, queueImported } from './support/batch-csv';
import { LOCAL_ONLY } from './support/grid-fixtures';
import { readStorePage } from './support/grid-store';
import { readFromStore, storeRequestLog } from './support/store-client';

test.use(LOCAL_ONLY);

interface StoreCustomer {
  id: number;
  email: string;
}

const BATCH_PATH = '/wp-json/wc/v3/customers/batch';

async function batchPosts(store: Parameters<typeof storeRequestLog>[0]): Promise<number> {
  return (await storeRequestLog(store)).filter((e) => e.method === 'POST' && e.path === BATCH_PATH)
    .length;
}

async function addCreate(batch: BatchScreen, row: number, email: string): Promise<void> {
  await batch.button('Add customer').click();
  await batch.cell('Email', row).fill(email);
  await batch.cell('Email', row).press('Enter');
}

test.describe('batch editor: sending', () => {
  test('one bad item fails alone and stays queued with its message; the others succeed', async ({
    batch,
    httpStore,
    consoleErrors: _,
  }) => {
    const [taken] = await readFromStore<StoreCustomer[]>(httpStore, 'customers?per_page=1');
    await batch.openEditor();
    await addCreate(batch, 1, 'first-ok@example.test');
    await addCreate(batch, 2, taken!.email.toUpperCase());
    await addCreate(batch, 3, 'second-ok@example.test');
    await batch.reviewAndSend(3);

    await expect(
      batch.page.getByText('Sent: 2 succeeded, 1 failed and stay in the queue.'),
    ).toBeVisible();
    await expect(batch.counts).toHaveText('1 to create · 0 to update · 0 to delete');
    await expect(batch.cell('Email', 1)).toHaveValue(taken!.email.toUpperCase());
    // The store's message, as text (it holds a login link in HTML).
    await expect(
      batch.creates.getByText(
        'An account is already registered with your email address. Please log in.',
      ),
    ).toBeVisible();
    for (const email of ['first-ok@example.test', 'second-ok@example.test']) {
      expect(
        await readFromStore<StoreCustomer[]>(httpStore, `customers?email=${email}`),
      ).toHaveLength(1);
    }
  });

  test('250 operations go out as 3 requests of at most 100, with a progress bar', async ({
    batch,
    httpStore,
    consoleErrors: _,
  }) => {
    await batch.openEditor();
    await importCsv(batch.page, newCustomersCsv(250, 'bulk'), {
      expectSummary: '250 rows are ready (250 creates, 0 updates); 0 rows have problems.',
    });
    await queueImported(batch.page, 250);
    await expect(batch.counts).toHaveText('250 to create · 0 to update · 0 to delete');

    // The first two requests answer at once; the third is held back, so "2 of 3 requests" stays on
    // screen while it is checked (rules apply in order; the first is used up after two hits).
    httpStore.handler.faults.add({
      match: { method: 'POST', path: BATCH_PATH },
      fault: { type: 'delay', ms: 100 },
      times: 2,
    });
    httpStore.handler.faults.add({
      match: { method: 'POST', path: BATCH_PATH },
      fault: { type: 'delay', ms: 4000 },
    });
    const before = await batchPosts(httpStore);
    await batch.button('Review and send').click();
    const review = batch.page.getByRole('dialog', { name: 'Review 250 operations' });
    await expect(
      review.getByText('This takes 3 requests of at most 100 operations.'),
    ).toBeVisible();
    await review.getByRole('button', { name: 'Send 250 operations' }).click();

    const progress = batch.page.getByRole('progressbar', { name: 'Sending progress' });
    await expect(progress).toBeVisible();
    await expect(
      batch.page.getByText(/Sending: 200 of 250 operations \(2 of 3 requests\)/),
    ).toBeVisible();
    await expect(progress).toHaveAttribute('aria-valuenow', '80');
    await expect(
      batch.page.getByText('All operations succeeded. The queue is empty.'),
    ).toBeVisible();
    expect((await batchPosts(httpStore)) - before).toBe(3);
    expect((await readStorePage(httpStore, 'search=bulk-&per_page=1')).total).toBe(250);
  });

  test("after a reload the queue holds what each chunk's answer said, and nothing goes twice", async ({
    batch,
    httpStore,
    consoleErrors: _,
  }) => {
    await batch.openEditor();
    await importCsv(batch.page, newCustomersCsv(200, 'kept-going'), {
      expectSummary: '200 rows are ready (200 creates, 0 updates); 0 rows have problems.',
    });
    await queueImported(batch.page, 200);
    // One of the two chunks of 100 is refused whole; the other is applied.
    httpStore.handler.faults.add({
      match: { method: 'POST', path: BATCH_PATH },
      fault: { type: 'status', status: 500 },
      times: 1,
    });
    await batch.reviewAndSend(200);
    await expect(
      batch.page.getByText('Sent: 100 succeeded, 100 failed and stay in the queue.'),
    ).toBeVisible();

    await batch.page.reload();
    await expect(batch.counts).toHaveText('100 to create · 0 to update · 0 to delete');
    const posts = await batchPosts(httpStore);
    await batch.reviewAndSend(100);
    await expect(
      batch.page.getByText('All operations succeeded. The queue is empty.'),
    ).toBeVisible();
    expect((await batchPosts(httpStore)) - posts).toBe(1);
    expect((await readStorePage(httpStore, 'search=kept-going-&per_page=1')).total).toBe(200);
    await batch.page.reload();
    await expect(batch.navLink(0)).toBeVisible();
  });

  test('a connection dropped after the store applied a chunk leads to no duplicate customers', async ({
    batch,
    httpStore,
    consoleErrors: _,
  }) => {
    await batch.openEditor();
    await addCreate(batch, 1, 'drop-a@example.test');
    await addCreate(batch, 2, 'drop-b@example.test');
    // The store creates both, then the connection dies before the answer.
    httpStore.handler.faults.add({
      match: { method: 'POST', path: BATCH_PATH },
      fault: { type: 'drop', when: 'after' },
      times: 1,
    });
    await batch.reviewAndSend(2);
    await expect(
      batch.page.getByText('Sent: 0 succeeded, 2 failed and stay in the queue.'),
    ).toBeVisible();
    await expect(
      batch.creates.getByText('Outcome unknown: checked before it is sent again.'),
    ).toHaveCount(2);

    const postsBefore = await batchPosts(httpStore);
    await batch.reviewAndSend(2);
    await expect(
      batch.page.getByText('All operations succeeded. The queue is empty.'),
    ).toBeVisible();
    // Both were found by email, so nothing was sent again.
    expect(await batchPosts(httpStore)).toBe(postsBefore);
    for (const email of ['drop-a@example.test', 'drop-b@example.test']) {
      expect(
        await readFromStore<StoreCustomer[]>(httpStore, `customers?email=${email}&role=all`),
      ).toHaveLength(1);
    }
  });

  test('the queue survives a reload and a new tab, and is kept until sent or discarded', async ({
    batch,
    consoleErrors: _,
  }) => {
    await batch.openGrid();
    await batch.gridRows.nth(0).getByRole('checkbox').check();
    await batch.addToBatch('deletes');
    await batch.navLink(1).click();
    await addCreate(batch, 1, 'kept@example.test');
    await expect(batch.counts).toHaveText('1 to create · 0 to update · 1 to delete');

    await batch.page.reload();
    await expect(batch.counts).toHaveText('1 to create · 0 to update · 1 to delete');
    await expect(batch.cell('Email', 1)).toHaveValue('kept@example.test');

    const other = await batch.page.context().newPage();
    await other.goto(batch.page.url());
    await expect(other.getByText('1 to create · 0 to update · 1 to delete')).toBeVisible();
    await other.close();

    await batch.button('Discard queue').click();
    await batch.page
      .getByRole('dialog', { name: 'Discard queue' })
      .getByRole('button', { name: 'Discard queue' })
      .click();
    await expect(batch.counts).toHaveText('0 to create · 0 to update · 0 to delete');
    await batch.page.reload();
    await expect(batch.navLink(0)).toBeVisible();
  });
});
