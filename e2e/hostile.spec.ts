import { AdvancedSearchScreen } from './support/advanced-search';
import { BatchScreen } from './support/batch-screen';
import { ConnectScreen } from './support/connect-screen';
import { connectPage } from './support/connected-page';
import { test, expect, E2E_KEYS } from './support/fixtures';
import { expectNothingHostile, recordDialogs } from './support/hostile-dom';
import {
  HOSTILE,
  HOSTILE_STORE_NAME,
  startHostileStore,
  type HostileStore,
} from './support/hostile-store';

// Store data is rendered as text everywhere: markup stays visible characters, event handlers
// never become attributes, `javascript:` URLs never become links or images, nothing runs and no
// dialog opens — on the grid, every customer's own route, advanced search, the delete dialog, the
// batch editor and the header's store name, whatever those screens show.

let store: HostileStore;
test.beforeAll(async () => {
  store = await startHostileStore();
});
test.afterAll(async () => {
  await store.close();
});

test('hostile store data stays inert on the grid and on each customer route', async ({
  page,
  appUrl,
  consoleErrors: _,
}) => {
  const dialogs = recordDialogs(page);
  await connectPage(page, store);

  await page.goto(`${appUrl}#/customers`);
  const rows = page.getByRole('table', { name: 'Customers' }).getByRole('row');
  await expect(rows).toHaveCount(4); // header + the three hostile customers
  // The markup is shown as the characters it is made of.
  await expect(rows.filter({ hasText: 'markup@example.com' })).toContainText(HOSTILE.script);
  // A bidi override in the city stays inside the city: each part of the place is isolated.
  const place = rows.filter({ hasText: 'markup@example.com' }).locator('bdi');
  await expect(place).toHaveText([HOSTILE.rtl, 'United States']);
  await expect(rows.filter({ hasText: 'long@example.com' })).toBeVisible();
  await expectNothingHostile(page, dialogs);
  // A 10 kB name does not push the page sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()!.width,
  );

  for (const [id, email] of [
    [2, 'markup@example.com'],
    [3, 'long@example.com'],
    [4, 'attr@example.com'],
  ] as const) {
    // The customer's own view (with its downloads), then its edit form.
    await page.goto(`${appUrl}#/customers/${id}`);
    await expect(page.getByText(email).first()).toBeVisible();
    if (id !== 4) await expect(page.getByText('Marker-file').first()).toBeVisible();
    if (id === 3) {
      // A file name's bidi override is shown, not obeyed: "gnp.exe" cannot pose as "exe.png".
      await expect(page.getByText('[U+202E]gnp.exe[U+202C]').first()).toBeVisible();
    }
    // Hover and focus around: handlers that were smuggled in would fire now.
    await page.mouse.move(200, 300);
    await page.keyboard.press('Tab');
    await expectNothingHostile(page, dialogs);

    await page.goto(`${appUrl}#/customers/${id}/edit`);
    await expect(page.getByRole('textbox', { name: 'Email', exact: true })).toHaveValue(email);
    await page.mouse.move(300, 400);
    await expectNothingHostile(page, dialogs);
  }
  expect(HOSTILE.long.length).toBe(10_240);
});

test('hostile store data stays inert in the advanced search results', async ({
  page,
  appUrl,
  consoleErrors: _,
}) => {
  const dialogs = recordDialogs(page);
  await connectPage(page, store);
  // The demo store's analytics index is built from the same hostile users (role customer).
  const search = new AdvancedSearchScreen(page, appUrl);
  await search.open();
  await expect(search.rows).toHaveCount(3);
  const markup = search.rowOf('markup@example.com');
  await expect(markup).toContainText(`${HOSTILE.script} ${HOSTILE.img}`); // the name
  await expect(markup).toContainText(`${HOSTILE.rtl}, ${HOSTILE.img}, United States`); // the place
  await expect(markup.locator('bdi')).toHaveText([HOSTILE.rtl, HOSTILE.img, 'United States']);
  await expect(search.rowOf('attr@example.com')).toContainText(HOSTILE.attr);
  await expect(search.rowOf('long@example.com')).toBeVisible();
  await markup.hover();
  await page.keyboard.press('Tab');
  await expectNothingHostile(page, dialogs);

  await search.choose('Sort by', 'City');
  await expect(search.rows.first()).toBeVisible();
  await search.rowOf('attr@example.com').getByRole('checkbox').check();
  await expect(page.getByText('Registered customers selected: 1')).toBeVisible();
  await expectNothingHostile(page, dialogs);
});

test('hostile store data stays inert in the delete dialog and its reassign picker', async ({
  page,
  appUrl,
  consoleErrors: _,
}) => {
  const dialogs = recordDialogs(page);
  await connectPage(page, store);
  await page.goto(`${appUrl}#/customers/2`);
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(`${HOSTILE.script} ${HOSTILE.img}`);
  await expectNothingHostile(page, dialogs);

  // Every other user may receive the posts: their hostile names fill the picker's options.
  await dialog.getByRole('checkbox', { name: 'Give their posts to another user' }).check();
  await dialog.getByRole('combobox', { name: 'Receiving user' }).click();
  const options = page.getByRole('option');
  await expect(options).toHaveCount(3); // admin and the two other hostile customers
  await expect(options.filter({ hasText: 'attr@example.com' })).toContainText(HOSTILE.attr);
  await expect(options.filter({ hasText: 'long@example.com' })).toContainText(HOSTILE.rtl);
  await options.filter({ hasText: 'long@example.com' }).hover();
  await expectNothingHostile(page, dialogs);
  await options.filter({ hasText: 'attr@example.com' }).click();
  await expect(dialog.getByRole('combobox', { name: 'Receiving user' })).toHaveValue(
    `${HOSTILE.attr} ${HOSTILE.rtl} <attr@example.com> (#4)`,
  );
  await expectNothingHostile(page, dialogs);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});

test('hostile store data stays inert in the batch editor’s queue and review', async ({
  page,
  appUrl,
  consoleErrors: _,
}) => {
  const dialogs = recordDialogs(page);
  await connectPage(page, store);
  const batch = new BatchScreen(page, appUrl);
  await batch.openGrid();
  await page.getByRole('checkbox', { name: 'Select all customers on this page' }).check();
  await batch.addToBatch('updates');
  await batch.bulkEdit({ 'First name': 'Safe' });
  await batch.navLink(3).click();
  await expect(batch.others).toContainText('#2 markup@example.com');
  await expectNothingHostile(page, dialogs);

  // The review reads each customer's current values: the hostile ones are the "before" column.
  await batch.button('Review and send').click();
  const review = page.getByRole('dialog', { name: 'Review 3 operations' });
  const diff = review.getByRole('table', { name: 'Changes to review' });
  await expect(diff).toContainText(HOSTILE.script);
  await expect(diff).toContainText(HOSTILE.attr);
  await diff.getByRole('row').last().hover();
  await expectNothingHostile(page, dialogs);
  await review.getByRole('button', { name: 'Cancel' }).click();
  await expect(review).toBeHidden();
});

test('a hostile store name stays text on the connect screen and in the header', async ({
  page,
  appUrl,
  consoleErrors: _,
}) => {
  const dialogs = recordDialogs(page);
  const screen = new ConnectScreen(page);
  await screen.open(appUrl);
  await screen.fill({ storeUrl: store.url, key: E2E_KEYS.key, secret: E2E_KEYS.secret });
  await screen.connect();
  await expect(page.getByRole('table', { name: 'Customers' }).getByRole('row')).toHaveCount(4);
  await expect(page.getByRole('banner')).toContainText(
    `Connected to ${HOSTILE_STORE_NAME} (API v3)`,
  );
  await expectNothingHostile(page, dialogs);
  await page.reload();
  await expect(page.getByRole('banner')).toContainText(HOSTILE_STORE_NAME);
  await expectNothingHostile(page, dialogs);
});
