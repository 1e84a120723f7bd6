import { expect, type Page } from '@playwright/test';
import type { RunningStore } from '../../demo-store/server';
import type { Customer } from '../../src/api/schemas/customer';
import { readFromStore } from '../support/store-client';
import { clearFaults, injectFault } from '../support/store-writes';
import type { FaultCase } from './fault-catalog';

// One flow of the app per entry: get to where the request happens, let the fault hit it, check
// what the user reads and that nothing was lost or resent, then clear the fault and recover.

export interface FlowContext {
  page: Page;
  appUrl: string;
  store: RunningStore;
  fault: FaultCase;
}

export interface Flow {
  id: string;
  run(ctx: FlowContext): Promise<void>;
}

const API = '/wp-json/wc/v3';
const READ_ATTEMPTS_WITH_RETRIES = 4; // the first try and MAX_QUERY_RETRIES (query-retry.ts)

/**
 * Counts the requests the app makes (the page's own fetches). The store's log is not used here:
 * on a dropped keep-alive connection the browser's network stack itself re-sends a request, which
 * the app neither sees nor controls.
 */
function countRequests(page: Page, method: string, path: RegExp): () => number {
  let count = 0;
  page.on('request', (request) => {
    if (request.method() === method && path.test(new URL(request.url()).pathname)) count += 1;
  });
  return () => count;
}

async function firstCustomer(store: RunningStore): Promise<Customer> {
  const [customer] = await readFromStore<Customer[]>(
    store,
    'customers?per_page=1&orderby=name&order=asc',
  );
  if (!customer) throw new Error('empty store');
  return customer;
}

async function inject(store: RunningStore, method: string, pathPattern: string, fault: FaultCase) {
  if (fault.fault) await injectFault(store, { match: { method, pathPattern }, fault: fault.fault });
}

/** The message, somewhere on screen (alerts, notices, batch rows). */
async function expectMessage(page: Page, fault: FaultCase) {
  await expect(page.getByText(fault.message!).first()).toBeVisible({ timeout: 30_000 });
}

/** Reads: retried with backoff by themselves when it can help, once when it cannot. */
function expectReadAttempts(attempts: () => number, fault: FaultCase) {
  expect(attempts()).toBe(fault.readsRetry ? READ_ATTEMPTS_WITH_RETRIES : 1);
}

const gridFlow: Flow = {
  id: 'load the grid',
  async run({ page, appUrl, store, fault }) {
    const first = await firstCustomer(store);
    const path = new RegExp(`^${API}/customers$`);
    await inject(store, 'GET', path.source, fault);
    const attempts = countRequests(page, 'GET', path);
    await page.goto(`${appUrl}#/customers`);
    const table = page.getByRole('table', { name: 'Customers' });
    if (!fault.message) return void (await expect(table).toContainText(first.email));
    await expectMessage(page, fault);
    expectReadAttempts(attempts, fault);
    await clearFaults(store);
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(table).toContainText(first.email);
  },
};

const detailFlow: Flow = {
  id: 'open a customer',
  async run({ page, appUrl, store, fault }) {
    const customer = await firstCustomer(store);
    const path = new RegExp(`^${API}/customers/${customer.id}$`);
    await inject(store, 'GET', path.source, fault);
    const attempts = countRequests(page, 'GET', path);
    await page.goto(`${appUrl}#/customers/${customer.id}`);
    const shown = page.getByText(customer.email).first();
    if (!fault.message) return void (await expect(shown).toBeVisible());
    await expectMessage(page, fault);
    expectReadAttempts(attempts, fault);
    await clearFaults(store);
    const retry = page.getByRole('button', { name: 'Retry' });
    // A 404 is an answer, not a failure: the page says the customer is gone and links back.
    if (await retry.count()) await retry.click();
    else await page.reload();
    await expect(shown).toBeVisible();
  },
};

const saveFlow: Flow = {
  id: 'save an edit',
  async run({ page, appUrl, store, fault }) {
    const customer = await firstCustomer(store);
    const path = new RegExp(`^${API}/customers/${customer.id}$`);
    await page.goto(`${appUrl}#/customers/${customer.id}/edit`);
    const city = page
      .getByRole('region', { name: 'Billing address' })
      .getByRole('textbox', { name: 'City', exact: true });
    await expect(page.getByRole('textbox', { name: 'Email', exact: true })).toHaveValue(
      customer.email,
    );
    await city.fill('Faultville');
    if (fault.blocksStorage) {
      await expect(
        page.getByRole('status').filter({ hasText: 'cannot keep a draft' }),
      ).toBeVisible();
    }
    await inject(store, 'PUT', path.source, fault);
    const sent = countRequests(page, 'PUT', path);
    await page.getByRole('button', { name: 'Save changes' }).click();
    if (fault.message) {
      await expectMessage(page, fault);
      await expect(city).toHaveValue('Faultville'); // nothing typed is lost
      expect(sent()).toBe(1); // never resent without the user asking
      await clearFaults(store);
      await page.getByRole('alert').getByRole('button', { name: 'Retry' }).click();
    }
    await expect(page).toHaveURL(new RegExp(`#/customers/${customer.id}$`));
    expect((await readFromStore<Customer>(store, `customers/${customer.id}`)).billing.city).toBe(
      'Faultville',
    );
  },
};

const deleteFlow: Flow = {
  id: 'delete',
  async run({ page, appUrl, store, fault }) {
    const customer = await firstCustomer(store);
    const path = new RegExp(`^${API}/customers/${customer.id}$`);
    const gone = () =>
      readFromStore(store, `customers/${customer.id}`).then(
        () => false,
        () => true,
      );
    await inject(store, 'DELETE', path.source, fault);
    const sent = countRequests(page, 'DELETE', path);
    await page.goto(`${appUrl}#/customers/${customer.id}`);
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
    if (fault.message) {
      await expectMessage(page, fault);
      await expect(page.getByRole('table', { name: 'Customers' })).toContainText(customer.email);
      expect(sent()).toBe(1);
      await clearFaults(store);
      await page.getByRole('button', { name: 'Try again' }).click();
    }
    await expect.poll(gone, { timeout: 20_000 }).toBe(true);
  },
};

const batchFlow: Flow = {
  id: 'send a batch',
  async run({ page, appUrl, store, fault }) {
    const email = `fault.${Date.now()}@example.test`;
    const path = new RegExp(`^${API}/customers/batch$`);
    await page.goto(`${appUrl}#/batch`);
    await page.getByRole('button', { name: 'Add customer', exact: true }).click();
    const cell = page.getByRole('textbox', { name: 'Email, row 1', exact: true });
    await cell.fill(email);
    await cell.press('Enter');
    if (fault.blocksStorage) await expect(page.getByText('cannot save the queue')).toBeVisible();
    await inject(store, 'POST', path.source, fault);
    const sent = countRequests(page, 'POST', path);
    const send = async () => {
      await page.getByRole('button', { name: 'Review and send', exact: true }).click();
      await page
        .getByRole('dialog', { name: 'Review 1 operations' })
        .getByRole('button', { name: 'Send 1 operations' })
        .click();
    };
    await send();
    if (fault.message) {
      await expectMessage(page, fault);
      await expect(page.getByText('1 to create · 0 to update · 0 to delete')).toBeVisible(); // still queued
      expect(sent()).toBe(1);
      await clearFaults(store);
      await send();
    }
    await expect(page.getByText('0 to create · 0 to update · 0 to delete')).toBeVisible({
      timeout: 20_000,
    });
    // Exactly one customer, whatever the first attempt did.
    expect(
      await readFromStore<Customer[]>(store, `customers?email=${encodeURIComponent(email)}`),
    ).toHaveLength(1);
  },
};

export const FLOWS: Flow[] = [gridFlow, detailFlow, saveFlow, deleteFlow, batchFlow];
