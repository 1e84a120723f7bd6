import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, E2E_KEYS } from './support/fixtures';
import { ConnectScreen } from './support/connect-screen';
import { readFromStore } from './support/store-client';
import type { RunningStore } from '../demo-store/server';
import type { Customer } from '../src/api/schemas/customer';

// Issue 16.2: tabs of the app share the connection in memory ("remember" off throughout). A new
// tab asks the others over a BroadcastChannel; only a connected tab answers.

const HANDSHAKE = 'customer-desk:tab-handshake';

declare global {
  interface Window {
    __sawConnectScreen?: boolean;
  }
}

/** Notes, in every page of the context, whether the connect screen was ever on screen. */
async function watchForConnectScreen(context: BrowserContext) {
  await context.addInitScript(() => {
    window.__sawConnectScreen = false;
    new MutationObserver(() => {
      for (const heading of document.querySelectorAll('h1')) {
        if (heading.textContent === 'Connect to your store') window.__sawConnectScreen = true;
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
}

async function connectThroughScreen(page: Page, appUrl: string, store: RunningStore) {
  const screen = new ConnectScreen(page);
  await screen.open(appUrl);
  await screen.fill({ storeUrl: store.url, key: E2E_KEYS.key, secret: E2E_KEYS.secret });
  await screen.connect();
  await expect(page.getByRole('table', { name: 'Customers' })).toBeVisible();
}

const handshakes = (page: Page) =>
  page.evaluate(
    (name) => performance.getEntriesByName(name).map((entry) => entry.duration),
    HANDSHAKE,
  );

test('a new tab is connected by a connected tab, in memory, without showing the connect screen', async ({
  page,
  context,
  appUrl,
  httpStore,
  consoleErrors: _,
}) => {
  const [, target] = await readFromStore<Customer[]>(httpStore, 'customers?per_page=2&orderby=id');
  await connectThroughScreen(page, appUrl, httpStore);
  await watchForConnectScreen(context);

  const second = await context.newPage();
  await second.goto(`${appUrl}#/customers/${target!.id}`);
  await expect(
    second.getByRole('heading', { name: `${target!.first_name} ${target!.last_name}` }),
  ).toBeVisible();
  expect(await second.evaluate(() => window.__sawConnectScreen)).toBe(false);
  // It waited for the answer, not for the whole handshake time.
  const [waited] = await handshakes(second);
  expect(waited).toBeLessThan(250);

  // The secret is in no persistent storage of either tab.
  for (const tab of [page, second]) {
    expect(await tab.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain(
      E2E_KEYS.secret,
    );
  }

  // A tab with its own (session) connection never waits on a reload.
  await page.reload();
  await expect(page.getByRole('table', { name: 'Customers' }).getByRole('row')).toHaveCount(26);
  expect(await handshakes(page)).toEqual([]);
  expect(await page.evaluate(() => window.__sawConnectScreen)).toBe(false);

  // Disconnect in one tab disconnects all.
  await second.getByRole('button', { name: 'Disconnect' }).click();
  await expect(page.getByRole('heading', { name: 'Connect to your store' })).toBeVisible();

  // With no connected tab left, a new tab shows the connect screen after the handshake time.
  const third = await context.newPage();
  await third.goto(appUrl);
  await expect(third.getByRole('heading', { name: 'Connect to your store' })).toBeVisible();
  const [gaveUpAfter] = await handshakes(third);
  expect(gaveUpAfter).toBeGreaterThanOrEqual(240);
  expect(gaveUpAfter).toBeLessThan(1000);
});

/**
 * Holds the tab's main thread, as a big page drawing or a CSV being sent does, until the returned
 * function is called: a synchronous request that the test answers when it likes. Not a timed
 * busy loop: on a loaded machine the other tab could take longer to load than the loop lasts.
 */
async function holdMainThread(tab: Page): Promise<() => Promise<void>> {
  const gate = '**/__hold-main-thread';
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  let arrived: () => void = () => undefined;
  const holding = new Promise<void>((resolve) => (arrived = resolve));
  await tab.route(gate, async (route) => {
    arrived();
    await released;
    await route.fulfill({ body: '' });
  });
  const held = tab.evaluate(() => {
    const request = new XMLHttpRequest();
    request.open('GET', '__hold-main-thread', false);
    request.send();
  });
  await holding;
  return async () => {
    release();
    await held;
    await tab.unroute(gate);
  };
}

test('a connected tab too busy to answer in time still connects a new tab, unless its connect form was used', async ({
  page,
  context,
  appUrl,
  httpStore,
  consoleErrors: _,
}) => {
  const [target] = await readFromStore<Customer[]>(httpStore, 'customers?per_page=1&orderby=id');
  await connectThroughScreen(page, appUrl, httpStore);
  const connectHeading = (tab: Page) => tab.getByRole('heading', { name: 'Connect to your store' });

  // A link opened in a new tab while the connected tab is busy.
  let release = await holdMainThread(page);
  const second = await context.newPage();
  await second.goto(`${appUrl}#/customers/${target!.id}`);
  // Nobody answered within the handshake time: the connect screen shows, untouched...
  await expect(connectHeading(second)).toBeVisible();
  await release();
  // ...until the busy tab answers: the new tab is connected and goes where its link led.
  await expect(
    second.getByRole('heading', { name: `${target!.first_name} ${target!.last_name}` }),
  ).toBeVisible();
  await expect(second).toHaveURL(new RegExp(`#/customers/${target!.id}$`));
  await second.close(); // else it would answer the next tabs at once

  // The connect screen opened as itself is connected too, and stays where it is.
  release = await holdMainThread(page);
  const third = await context.newPage();
  await third.goto(`${appUrl}#/connect`);
  await expect(connectHeading(third)).toBeVisible();
  await release();
  await expect(third.getByText('Connected to Customer Desk Demo Store')).toBeVisible();
  await expect(connectHeading(third)).toBeVisible();
  await expect(third).toHaveURL(/#\/connect$/);
  await third.close();

  // A tab whose person has begun to type in its connect form keeps what they typed.
  release = await holdMainThread(page);
  const fourth = await context.newPage();
  await fourth.goto(`${appUrl}#/customers`);
  const screen = new ConnectScreen(fourth);
  await expect(connectHeading(fourth)).toBeVisible();
  await screen.storeUrl.fill('https://another-store.example');
  await release();
  await page.evaluate(() => undefined); // the busy tab has had its turn to answer
  await fourth.waitForTimeout(500);
  await expect(connectHeading(fourth)).toBeVisible();
  await expect(screen.storeUrl).toHaveValue('https://another-store.example');
  await expect(fourth.getByText('Connected to')).toHaveCount(0);
});

test('a tab on one store hears of another store in another tab: it stays, and says so', async ({
  page,
  context,
  appUrl,
  httpStore,
  httpsStore,
  consoleErrors: _,
}) => {
  await connectThroughScreen(page, appUrl, httpStore);
  const second = await context.newPage();
  await second.goto(`${appUrl}#/customers`);
  await expect(second.getByRole('table', { name: 'Customers' })).toBeVisible();

  // The second tab connects to another store.
  await second.goto(`${appUrl}#/connect`);
  const screen = new ConnectScreen(second);
  await screen.fill({ storeUrl: httpsStore.url, key: E2E_KEYS.key, secret: E2E_KEYS.secret });
  await screen.connect();
  await expect(second.getByRole('table', { name: 'Customers' })).toBeVisible();

  const notice = page.getByRole('status').filter({ hasText: 'Another tab is now connected' });
  await expect(notice).toContainText(httpsStore.url);
  await expect(notice).toContainText('This tab stays connected');
  // Still on the first store: its pages come from there. Told by this tab's own requests: the
  // stores' logs also hold the second tab's (its own prefetches, from the other store, which once
  // landed after a log was cleared and were counted against this tab).
  const sent: URL[] = [];
  page.on('request', (request) => sent.push(new URL(request.url())));
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/page=2/);
  // Page 2 was prefetched; the flip prefetches page 3.
  await expect
    .poll(() =>
      sent.some((url) => url.origin === httpStore.url && url.searchParams.get('page') === '3'),
    )
    .toBe(true);
  expect(sent.filter((url) => url.origin === httpsStore.url)).toEqual([]);

  await notice.getByRole('button', { name: /^Stay on / }).click();
  await expect(notice).toHaveCount(0);
});
