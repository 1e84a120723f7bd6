import type { Page } from '@playwright/test';
import type { Customer } from '../src/api/schemas/customer';
import { E2E_KEYS, expect, test } from './support/fixtures';
import { connectPage } from './support/connected-page';
import { LOCAL_ONLY } from './support/grid-fixtures';
import { readFromStore } from './support/store-client';

// The main tasks without a mouse: every step is Tab / Shift+Tab, typing, Enter or Space, and each
// control is reached by tabbing to it from where the previous step left the focus.

test.use(LOCAL_ONLY);

/** What the focus should land on: an accessible label's start, a tag, or a form field name. */
interface FocusTarget {
  label?: string;
  tag?: string;
  name?: string;
}

/** Presses Tab (or Shift+Tab) until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, target: FocusTarget, back = false, limit = 80) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const hit = await page.evaluate(({ label, tag, name }) => {
      const el = document.activeElement as HTMLInputElement | null;
      if (!el) return false;
      if (tag) return el.tagName === tag;
      if (name) return el.getAttribute('name') === name;
      const text = el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.textContent;
      return (text ?? '').trim().startsWith(label ?? '');
    }, target);
    if (hit) return;
  }
  throw new Error(`focus never reached ${JSON.stringify(target)}`);
}

const tabToLabel = (page: Page, label: string, back = false) => tabTo(page, { label }, back);

test('connect, find a customer, edit and save, queue and send a batch — by keyboard alone', async ({
  page,
  appUrl,
  httpStore,
  consoleErrors: _,
}) => {
  // Four tasks walked one Tab at a time: several hundred key presses, slow on two busy cores.
  test.slow();
  const customers = await readFromStore<Customer[]>(httpStore, 'customers?per_page=100&orderby=id');
  const target = customers.find((c) => c.username.length > 4)!;

  // Connect.
  await page.goto(`${appUrl}#/connect`);
  await tabToLabel(page, 'Store URL');
  await page.keyboard.type(httpStore.url);
  await tabToLabel(page, 'Consumer key');
  await page.keyboard.type(E2E_KEYS.key);
  await tabToLabel(page, 'Consumer secret');
  await page.keyboard.type(E2E_KEYS.secret);
  await page.keyboard.press('Enter');
  const table = page.getByRole('table', { name: 'Customers' });
  await expect(table.getByRole('row')).toHaveCount(26);

  // Find the customer by username through the server-side search, and open the row.
  await tabToLabel(page, 'Search customers');
  await page.keyboard.type(target.username);
  await expect(table).toContainText(target.email);
  await tabTo(page, { tag: 'TR' });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'Edit', exact: true })).toBeVisible();

  // Edit and save.
  await tabToLabel(page, 'Edit');
  await page.keyboard.press('Enter');
  const city = page
    .getByRole('region', { name: 'Billing address' })
    .getByRole('textbox', { name: 'City', exact: true });
  await expect(city).toHaveValue(target.billing.city);
  await tabTo(page, { name: 'billing.city' });
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Tromsø');
  await page.keyboard.press('Enter'); // submits the form
  await expect(page).toHaveURL(new RegExp(`#/customers/${target.id}$`));
  expect((await readFromStore<Customer>(httpStore, `customers/${target.id}`)).billing.city).toBe(
    'Tromsø',
  );

  // Queue a new customer in the batch editor and send it.
  await tabToLabel(page, 'Batch (', true);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Batch editor' })).toBeVisible();
  await tabToLabel(page, 'Add customer');
  await page.keyboard.press('Enter');
  const email = `keyboard.${Date.now()}@example.test`;
  await tabToLabel(page, 'Email, row 1');
  await page.keyboard.type(email);
  await page.keyboard.press('Enter');
  await tabToLabel(page, 'Review and send', true);
  await page.keyboard.press('Enter');
  const review = page.getByRole('dialog', { name: 'Review 1 operations' });
  await expect(review).toBeVisible();
  await tabToLabel(page, 'Send 1 operations');
  await page.keyboard.press('Enter');
  await expect(page.getByText('0 to create · 0 to update · 0 to delete')).toBeVisible();
  expect(
    await readFromStore<Customer[]>(httpStore, `customers?email=${encodeURIComponent(email)}`),
  ).toHaveLength(1);
});

test('the skip link moves the focus past the top bar and keeps the screen', async ({
  page,
  appUrl,
  httpStore,
  consoleErrors: _,
}) => {
  await connectPage(page, httpStore);
  await page.goto(`${appUrl}#/customers?per_page=10`);
  const table = page.getByRole('table', { name: 'Customers' });
  await expect(table.getByRole('row')).toHaveCount(11);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  // Hash routing: the link must not become a route called "main".
  expect(new URL(page.url()).hash).toBe('#/customers?per_page=10');
  await expect(table.getByRole('row')).toHaveCount(11);
  // The next Tab goes on from the content, not back to the top bar.
  await page.keyboard.press('Tab');
  expect(
    await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement)),
  ).toBe(true);
});
