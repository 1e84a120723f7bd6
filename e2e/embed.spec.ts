import { test, expect, E2E_KEYS } from './support/fixtures';
import { documentedCsp, recordCspViolations, startDeployedApp } from './support/deployed-app';
import {
  EmbedHostPage,
  installAppProbe,
  originOf,
  readAppProbe,
  startEmbedHost,
} from './support/embed-host';
import type { StaticServer } from './support/static-server';
import { readFromStore } from './support/store-client';
import type { Customer } from '../src/api/schemas/customer';

// The example host page (examples/embed-host) on one origin embeds the built app, served with the
// documented CSP from another origin whose config.json allows only the first. A third origin may
// frame the app (frame-ancestors) but is not on the postMessage allowlist.

let allowedHost: StaticServer;
let otherHost: StaticServer;

test.beforeAll(async () => {
  allowedHost = await startEmbedHost();
  otherHost = await startEmbedHost();
});
test.afterAll(async () => {
  await allowedHost.close();
  await otherHost.close();
});

async function deployFor(storeUrl: string): Promise<StaticServer> {
  const hosts = [originOf(allowedHost.url), originOf(otherHost.url)];
  return startDeployedApp({
    basePath: '/tools/customers/',
    csp: documentedCsp(storeUrl, hosts),
    configJson: JSON.stringify({ embed: { allowedOrigins: [originOf(allowedHost.url)] } }),
  });
}

test('an allowed host embeds the app, hands over the connection and follows its size', async ({
  page,
  httpStore,
  consoleErrors: _,
}) => {
  const app = await deployFor(httpStore.url);
  try {
    const violations = await recordCspViolations(page);
    const host = new EmbedHostPage(page);
    await host.open(allowedHost.url, app.url);
    expect(await host.waitForMessage('ready')).toMatchObject({ version: 1, connected: false });
    await host.waitForMessage('height');

    // Embed mode: the app's own top bar is gone; the connect screen shows until the host speaks.
    await expect(host.app.getByRole('heading', { name: 'Connect to your store' })).toBeVisible();
    await expect(host.app.getByRole('button', { name: 'Disconnect' })).toHaveCount(0);
    await expect(host.app.getByRole('combobox', { name: 'Language' })).toHaveCount(0);

    await host.sendConnection(httpStore.url);
    expect(await host.waitForMessage('connected')).toMatchObject({
      apiVersion: 'v3',
      access: 'read_write',
    });
    const table = host.app.getByRole('table', { name: 'Customers' });
    await expect(table.getByRole('row')).toHaveCount(26);
    await expect(host.log).toContainText('"type":"navigated","path":"/customers"');
    // The app's own navigation (the batch editor) stays; the outer chrome does not.
    await expect(
      host.app.getByRole('link', { name: /^Batch \(\d+ queued operations?\)$/ }),
    ).toBeVisible();

    // The iframe takes the height the app reported last, which is the grid's full height.
    await expect(async () => {
      const heights = (await host.messages()).filter((m) => m.type === 'height');
      const last = Number(heights.at(-1)?.height);
      expect(last).toBeGreaterThan(600);
      // clientHeight: the frame's inner height, without the host's 1px border.
      expect(await host.iframe.evaluate((frame) => frame.clientHeight)).toBe(last);
    }).toPass();

    // Theme, language and navigation from the host. The host's brand colour becomes the app's
    // primary colour: the fill of a contained primary button.
    const newCustomer = host.app.getByRole('link', { name: 'New customer' });
    const brand = 'rgb(11, 122, 75)'; // #0b7a4b, far from the app's own purples
    await expect(newCustomer).not.toHaveCSS('background-color', brand);
    await page.getByLabel('Theme').selectOption('dark');
    await page.getByLabel('Brand colour').fill('#0b7a4b');
    await page.getByRole('button', { name: 'Send theme' }).click();
    await expect(host.app.locator('html')).toHaveClass(/dark/);
    await expect(newCustomer).toHaveCSS('background-color', brand);
    await page.getByLabel('Language').selectOption('zh-CN');
    await page.getByRole('button', { name: 'Send language' }).click();
    await expect(host.app.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await page.getByLabel('App route').fill('/customers?search=anna');
    await page.getByRole('button', { name: 'Go' }).click();
    await expect(host.log).toContainText('"path":"/customers?search=anna"');

    // Nothing the app posted holds a key, and the keys stayed out of the app's localStorage.
    const posted = JSON.stringify(await host.messages());
    expect(posted).not.toContain(E2E_KEYS.secret);
    expect(posted).not.toContain(E2E_KEYS.key);
    const stored = await host
      .appFrame(originOf(app.url))
      .evaluate(() => JSON.stringify({ ...localStorage }));
    expect(stored).not.toContain(E2E_KEYS.secret);

    expect(await violations()).toEqual([]);
  } finally {
    await app.close();
  }
});

test('the host hears about saves and deletes made inside the iframe, by id only', async ({
  page,
  httpStore,
  consoleErrors: _,
}) => {
  const [first, second] = await readFromStore<Customer[]>(
    httpStore,
    'customers?per_page=2&orderby=id',
  );
  const app = await deployFor(httpStore.url);
  try {
    const host = new EmbedHostPage(page);
    await host.open(allowedHost.url, app.url);
    await host.waitForMessage('ready');
    await host.sendConnection(httpStore.url);
    await host.waitForMessage('connected');

    await page.getByLabel('App route').fill(`/customers/${first!.id}/edit`);
    await page.getByRole('button', { name: 'Go' }).click();
    const city = host.app
      .getByRole('region', { name: 'Billing address' })
      .getByRole('textbox', { name: 'City', exact: true });
    await expect(city).toHaveValue(first!.billing.city);
    await city.fill('Embedded City');
    await host.app.getByRole('button', { name: 'Save changes' }).click();
    expect(await host.waitForMessage('customer-saved')).toMatchObject({ id: first!.id });

    await page.getByLabel('App route').fill(`/customers/${second!.id}`);
    await page.getByRole('button', { name: 'Go' }).click();
    await host.app.getByRole('button', { name: 'Delete', exact: true }).click();
    // The iframe is as tall as the customer's page and the dialog is centred in it, below the
    // host's fold: scroll the host to it as a person would (scrollIntoView does not leave a
    // fixed box inside a frame).
    const dialog = host.app.getByRole('dialog');
    const box = await dialog.boundingBox();
    if (box) await page.mouse.wheel(0, box.y + box.height / 2 - page.viewportSize()!.height / 2);
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    expect(await host.waitForMessage('customer-deleted')).toMatchObject({ id: second!.id });

    // Ids only: no names or emails leave the app.
    const posted = JSON.stringify(await host.messages());
    expect(posted).not.toContain(first!.email);
    expect(posted).not.toContain('Embedded City');
  } finally {
    await app.close();
  }
});

test('a host that is not on the allowlist gets no message and changes nothing', async ({
  page,
  httpStore,
  consoleErrors: _,
}) => {
  const app = await deployFor(httpStore.url);
  try {
    const host = new EmbedHostPage(page);
    await host.open(otherHost.url, app.url);
    await expect(host.app.getByRole('heading', { name: 'Connect to your store' })).toBeVisible();
    const frame = host.appFrame(originOf(app.url));
    await installAppProbe(frame);

    await host.sendConnection(httpStore.url);
    // Once the probe (listening after the app) has seen the message, the app has dealt with it.
    await expect
      .poll(async () => (await readAppProbe(frame)).origins)
      .toContain(originOf(otherHost.url));
    expect((await readAppProbe(frame)).fetches).toEqual([]);
    await expect(host.app.getByRole('heading', { name: 'Connect to your store' })).toBeVisible();
    expect(await frame.evaluate(() => sessionStorage.length + localStorage.length)).toBe(0);
    // Not even `ready` went to this origin: the app never posts to an unlisted host.
    await expect(host.log.getByRole('listitem')).toHaveCount(0);
  } finally {
    await app.close();
  }
});

test('a frame from another origin inside the allowed host cannot drive the app', async ({
  page,
  httpStore,
  consoleErrors: _,
}) => {
  const app = await deployFor(httpStore.url);
  try {
    const host = new EmbedHostPage(page);
    await host.open(allowedHost.url, app.url);
    await host.waitForMessage('ready');
    await host.sendConnection(httpStore.url);
    await expect(host.app.getByRole('table', { name: 'Customers' }).getByRole('row')).toHaveCount(
      26,
    );
    const appFrame = host.appFrame(originOf(app.url));
    await installAppProbe(appFrame);

    // A third-party widget on the portal (another origin) posts to the app's window.
    await page.evaluate((src) => {
      const widget = document.createElement('iframe');
      widget.src = src;
      widget.title = 'Widget';
      document.body.append(widget);
    }, otherHost.url);
    const widget = page.frameLocator('iframe[title="Widget"]');
    await expect(widget.getByRole('heading', { name: 'Intranet portal' })).toBeVisible();
    const widgetFrame = page.frames().find((f) => f.url().startsWith(originOf(otherHost.url)))!;
    await widgetFrame.evaluate((target) => {
      const app = window.parent.frames[0]!;
      for (const message of [
        { type: 'navigate', path: '/connect' },
        { type: 'disconnect' },
        { type: 'locale', locale: 'zh-CN' },
      ]) {
        app.postMessage({ protocol: 'customer-desk', version: 1, ...message }, target);
      }
    }, originOf(app.url));
    await expect
      .poll(async () => (await readAppProbe(appFrame)).origins.length)
      .toBeGreaterThanOrEqual(3);
    await expect(host.app.getByRole('table', { name: 'Customers' }).getByRole('row')).toHaveCount(
      26,
    );
    await expect(host.app.locator('html')).toHaveAttribute('lang', 'en');
    expect(appFrame.url()).toContain('#/customers');
    expect((await host.messages()).map((m) => m.type)).not.toContain('disconnected');
  } finally {
    await app.close();
  }
});
