import type { Locator, Page } from '@playwright/test';
import type { Customer } from '../src/api/schemas/customer';
import { expect, test } from './support/fixtures';
import { connectPage } from './support/connected-page';
import { documentedCsp, startDeployedApp } from './support/deployed-app';
import { EmbedHostPage, originOf, startEmbedHost } from './support/embed-host';
import { LOCAL_ONLY } from './support/grid-fixtures';
import { readFromStore } from './support/store-client';

// The keyboard shortcuts (issue 17): every step below is a key press, no clicks.

test.use(LOCAL_ONLY);

/** The grid's customer rows (the header row left out), and the id each one is for. */
function dataRows(page: Page): Locator {
  return page.getByRole('table', { name: 'Customers' }).locator('tbody tr[data-id]');
}
async function rowIds(page: Page): Promise<number[]> {
  return (await dataRows(page).evaluateAll((rows) => rows.map((r) => r.dataset.id))).map(Number);
}
const focusedRowId = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id ?? null);

test('/ searches, j/k and the arrows walk the rows, Enter opens, e edits, b opens the batch, ? lists them', async ({
  page,
  appUrl,
  httpStore,
  consoleErrors: _,
}) => {
  await connectPage(page, httpStore);
  await page.goto(`${appUrl}#/customers`);
  await expect(dataRows(page)).toHaveCount(25);
  const search = page.getByRole('searchbox', { name: 'Search customers' });
  await expect(search).toHaveAttribute('aria-keyshortcuts', '/');

  // `/` goes to the search box without typing itself there.
  await page.keyboard.press('/');
  await expect(search).toBeFocused();
  await page.keyboard.type('an');
  await expect(page).toHaveURL(/search=an/);
  await expect(search).toHaveValue('an');
  const expected = await readFromStore<Customer[]>(
    httpStore,
    'customers?search=an&per_page=25&orderby=name&order=asc',
  );
  await expect.poll(() => rowIds(page)).toEqual(expected.map((c) => c.id));
  const ids = await rowIds(page);
  expect(ids.length).toBeGreaterThan(3);

  // Out of the box (Tab to its clear button), then j comes to the first row.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Clear search' })).toBeFocused();
  await page.keyboard.press('j');
  expect(await focusedRowId(page)).toBe(String(ids[0]));
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  expect(await focusedRowId(page)).toBe(String(ids[2]));
  await page.keyboard.press('k');
  expect(await focusedRowId(page)).toBe(String(ids[1]));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  expect(await focusedRowId(page)).toBe(String(ids[2]));
  // k at the first row stays there; so does j at the last (no wrapping, no page turned).
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('k');
  expect(await focusedRowId(page)).toBe(String(ids[0]));
  for (let i = 0; i < ids.length + 2; i += 1) await page.keyboard.press('j');
  expect(await focusedRowId(page)).toBe(String(ids.at(-1)));
  await expect(page).toHaveURL(/search=an/);
  expect(page.url()).not.toContain('page=2');

  // Enter opens the focused row's customer.
  await page.keyboard.press('k');
  const chosen = expected.find((c) => c.id === ids.at(-2))!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/customers/${chosen.id}$`));
  const edit = page.getByRole('link', { name: 'Edit', exact: true });
  await expect(edit).toHaveAttribute('aria-keyshortcuts', 'e');
  await expect(page.getByText(chosen.email).first()).toBeVisible();

  // e: that customer's edit form.
  await page.keyboard.press('e');
  await expect(page).toHaveURL(new RegExp(`#/customers/${chosen.id}/edit$`));
  await expect(page.getByRole('textbox', { name: 'Email', exact: true })).toHaveValue(chosen.email);

  // b: the batch editor, from wherever the focus is not in a field.
  await page.keyboard.press('b');
  await expect(page.getByRole('heading', { name: 'Batch editor' })).toBeVisible();
  await expect(page).toHaveURL(/#\/batch$/);

  // ?: every shortcut, from the same table the keys fire from.
  await page.keyboard.press('Shift+?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  // The arrows are shown as arrows and read by name (the name is in the text, visually hidden).
  expect(await dialog.getByRole('term').allTextContents()).toEqual([
    '?',
    'b',
    '/',
    'j or ↓Down arrow',
    'k or ↑Up arrow',
    'Enter',
    'e',
  ]);
  expect(await dialog.getByRole('definition').allTextContents()).toEqual([
    'Show this list',
    'Open the batch editor',
    'Go to the search box (in advanced search too)',
    'Next row (stops at the last row of the page)',
    'Previous row',
    'Open the customer of the focused row',
    'Edit this customer',
  ]);
  await expect(dialog.locator('kbd')).toHaveCount(9);
  // While it is open, the keys are not shortcuts; Escape closes it as ever.
  await page.keyboard.press('e');
  await page.keyboard.press('/');
  await expect(dialog).toBeVisible();
  await expect(page).toHaveURL(/#\/batch$/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Back to the grid: j goes on from the row that was opened.
  await page.goBack();
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(/#\/customers\?search=an/);
  await expect.poll(() => rowIds(page)).toEqual(ids);
  await page.keyboard.press('j');
  expect(await focusedRowId(page)).toBe(String(chosen.id));
});

test('in a text field the keys type letters and fire nothing; modifiers and arrows stay the browser’s', async ({
  page,
  appUrl,
  httpStore,
  consoleErrors: _,
}) => {
  const [first] = await readFromStore<Customer[]>(httpStore, 'customers?per_page=1&orderby=id');
  await connectPage(page, httpStore);
  await page.goto(`${appUrl}#/customers`);
  await expect(dataRows(page)).toHaveCount(25);

  // Arrows with the focus outside the grid scroll the page; they do not grab a row.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  expect(await focusedRowId(page)).toBeNull();

  // Ctrl/⌘/Alt with a shortcut's key is not the shortcut.
  for (const key of ['Control+b', 'Alt+b', 'Meta+b', 'Control+j', 'Alt+/']) {
    await page.keyboard.press(key);
  }
  await expect(page).toHaveURL(/#\/customers$/);
  expect(await focusedRowId(page)).toBeNull();
  await expect(page.getByRole('searchbox', { name: 'Search customers' })).not.toBeFocused();

  const search = page.getByRole('searchbox', { name: 'Search customers' });
  await search.focus();
  await page.keyboard.type('jeb/k?');
  await expect(search).toHaveValue('jeb/k?');
  await expect(page).toHaveURL(/#\/customers\?search=jeb/);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(search).toBeFocused();
  // ArrowDown in the box stays the box's.
  await page.keyboard.press('ArrowDown');
  await expect(search).toBeFocused();

  // The edit form: letters land in the field, the form stays.
  await page.goto(`${appUrl}#/customers/${first!.id}/edit`);
  const firstName = page
    .getByRole('region', { name: 'Account' })
    .getByRole('textbox', { name: 'First name' });
  await expect(firstName).toHaveValue(first!.first_name);
  await firstName.focus();
  await page.keyboard.press('End');
  await page.keyboard.type(' jeb/?');
  await expect(firstName).toHaveValue(`${first!.first_name} jeb/?`);
  await expect(page).toHaveURL(new RegExp(`#/customers/${first!.id}/edit$`));
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('the Keyboard shortcuts button opens the list for mouse and screen-reader users', async ({
  page,
  appUrl,
  httpStore,
  consoleErrors: _,
}) => {
  await connectPage(page, httpStore);
  await page.goto(`${appUrl}#/customers`);
  const button = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await expect(button).toHaveAttribute('aria-keyshortcuts', 'Shift+?');
  await expect(page.getByRole('link', { name: /^Batch \(/ })).toHaveAttribute(
    'aria-keyshortcuts',
    'b',
  );
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog.getByRole('heading', { name: 'Customers list' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();

  // `/` on the advanced search screen: its search box.
  await page.goto(`${appUrl}#/customers/search`);
  // The grid stays on show until the advanced search's code arrives: wait for the screen itself.
  await expect(page.getByRole('searchbox', { name: 'Search the index' })).toBeVisible();
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox')).toBeFocused();
  await expect(page.getByRole('searchbox')).toHaveValue('');

  // In Simplified Chinese.
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '简体中文' });
  await page.getByRole('button', { name: '键盘快捷键' }).click();
  const zh = page.getByRole('dialog', { name: '键盘快捷键' });
  await expect(zh.getByRole('heading', { name: '客户列表' })).toBeVisible();
  await expect(zh.getByRole('definition').filter({ hasText: '下一行' })).toBeVisible();
  await expect(zh.getByRole('term').filter({ hasText: '下箭头' })).toHaveCount(1);
});

test('embedded: the keys work inside the iframe and leave the host page alone', async ({
  page,
  httpStore,
  consoleErrors: _,
}) => {
  const host = await startEmbedHost();
  const app = await startDeployedApp({
    basePath: '/tools/customers/',
    csp: documentedCsp(httpStore.url, [originOf(host.url)]),
    configJson: JSON.stringify({ embed: { allowedOrigins: [originOf(host.url)] } }),
  });
  try {
    const embed = new EmbedHostPage(page);
    await embed.open(host.url, app.url);
    await embed.waitForMessage('ready');
    await embed.sendConnection(httpStore.url);
    await embed.waitForMessage('connected');
    const rows = embed.app.locator('tbody tr[data-id]');
    await expect(rows).toHaveCount(25);

    // In the host's own field the letters are the host's: the app does not move.
    const route = page.getByLabel('App route');
    await route.fill('');
    await route.pressSequentially('/jb?');
    await expect(route).toHaveValue('/jb?');
    await expect(embed.app.getByRole('dialog')).toHaveCount(0);
    await expect(embed.app.getByRole('table', { name: 'Customers' })).toBeVisible();

    // Focus inside the app (Tab from the host's last control into the frame), then the keys.
    await embed.app.getByRole('link', { name: /^Batch \(/ }).focus();
    await page.keyboard.press('j');
    await expect(rows.first()).toBeFocused();
    await page.keyboard.press('j');
    await expect(rows.nth(1)).toBeFocused();
    await page.keyboard.press('Shift+?');
    await expect(embed.app.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.keyboard.press('b');
    await expect(embed.app.getByRole('heading', { name: 'Batch editor' })).toBeVisible();
    await expect(embed.log).toContainText('"path":"/batch"');
  } finally {
    await app.close();
    await host.close();
  }
});
