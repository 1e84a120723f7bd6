import { test, expect, E2E_KEYS } from './support/fixtures';
import { CHROMIUM_ARGS, chromiumExecutablePath } from './support/chromium';
import { documentedCsp, startDeployedApp } from './support/deployed-app';
import { EmbedHostPage, startEmbedHost } from './support/embed-host';
import type { StaticServer } from './support/static-server';
import { readFromStore } from './support/store-client';
import type { Customer } from '../src/api/schemas/customer';

// Issue 16.3, with the browser's real behaviour (no simulation): the host page and the app are on
// different sites (host-a.test and app-b.test, both mapped to 127.0.0.1), and Chromium blocks
// third-party cookies and, with them, storage in third-party frames
// (--test-third-party-cookie-phaseout): reading `window.sessionStorage` in the app's frame throws
// "SecurityError: Failed to read the 'sessionStorage' property from 'Window'".

const HOST_SITE = 'host-a.test';
const APP_SITE = 'app-b.test';

test.use({
  launchOptions: {
    executablePath: chromiumExecutablePath(),
    args: [
      ...CHROMIUM_ARGS.filter((arg) => !arg.startsWith('--host-resolver-rules=')),
      `--host-resolver-rules=MAP ${HOST_SITE} 127.0.0.1, MAP ${APP_SITE} 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`,
      '--test-third-party-cookie-phaseout',
    ],
  },
});

const onSite = (url: string, site: string) => {
  const moved = new URL(url);
  moved.hostname = site;
  return moved.href;
};

let host: StaticServer;
test.beforeAll(async () => {
  host = await startEmbedHost();
});
test.afterAll(async () => {
  await host.close();
});

async function deployCrossSite(storeUrl: string) {
  const hostOrigin = new URL(onSite(host.url, HOST_SITE)).origin;
  const app = await startDeployedApp({
    basePath: '/tools/customers/',
    csp: documentedCsp(storeUrl, [hostOrigin]),
    configJson: JSON.stringify({ embed: { allowedOrigins: [hostOrigin] } }),
  });
  return { app, appUrl: onSite(app.url, APP_SITE), hostUrl: onSite(host.url, HOST_SITE) };
}

test('typed into the embedded connect screen: connected for the page, said once, drafts and queue too', async ({
  page,
  httpStore,
  consoleErrors: _,
}) => {
  const { app, appUrl, hostUrl } = await deployCrossSite(httpStore.url);
  try {
    const embed = new EmbedHostPage(page);
    await embed.open(hostUrl, appUrl);
    const frame = embed.app;
    await expect(frame.getByRole('heading', { name: 'Connect to your store' })).toBeVisible();
    const appFrame = embed.appFrame(new URL(appUrl).origin);
    // The browser really blocks it here.
    expect(
      await appFrame.evaluate(() => {
        try {
          return typeof window.sessionStorage;
        } catch (error) {
          return (error as Error).message;
        }
      }),
    ).toContain("Failed to read the 'sessionStorage' property from 'Window'");

    await frame.getByRole('textbox', { name: 'Store URL' }).fill(httpStore.url);
    await frame.getByRole('textbox', { name: 'Consumer key' }).fill(E2E_KEYS.key);
    await frame.getByLabel('Consumer secret').fill(E2E_KEYS.secret);
    await frame.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(frame.getByRole('table', { name: 'Customers' }).getByRole('row')).toHaveCount(26);
    const notKept = frame.getByRole('status').filter({ hasText: 'your keys are kept only until' });
    await expect(notKept).toBeVisible();
    await notKept.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notKept).toHaveCount(0);

    // Saved views say they cannot be kept, and still work for this page.
    await frame.getByRole('button', { name: /^Views/ }).click();
    await expect(frame.getByText('This browser cannot keep saved views')).toBeVisible();
    await frame.getByRole('menuitem', { name: 'Save current view…' }).click();
    const save = frame.getByRole('dialog', { name: 'Save current view' });
    await expect(save.getByText('This browser cannot keep saved views')).toBeVisible();
    await save.getByRole('textbox', { name: 'Name' }).fill('For now');
    await save.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(frame.getByRole('button', { name: 'Views: For now' })).toBeVisible();

    // The batch queue and form drafts say they cannot be kept, and still work.
    await page.getByLabel('App route').fill('/batch');
    await page.getByRole('button', { name: 'Go' }).click();
    await expect(frame.getByText('This browser cannot save the queue')).toBeVisible();
    await page.getByLabel('App route').fill('/customers/new');
    await page.getByRole('button', { name: 'Go' }).click();
    await expect(
      frame.getByRole('status').filter({ hasText: 'cannot keep a draft of this form' }),
    ).toBeVisible();
    await expect(notKept).toHaveCount(0); // said once
  } finally {
    await app.close();
  }
});

test('connect-from-host by postMessage works there too, and goes to the linked customer', async ({
  page,
  httpStore,
  consoleErrors: _,
}) => {
  const [customer] = await readFromStore<Customer[]>(httpStore, 'customers?per_page=1&orderby=id');
  const { app, appUrl, hostUrl } = await deployCrossSite(httpStore.url);
  try {
    const embed = new EmbedHostPage(page);
    await embed.open(hostUrl, `${appUrl}#/customers/${customer!.id}`);
    await embed.waitForMessage('ready');
    await embed.sendConnection(httpStore.url);
    expect(await embed.waitForMessage('connected')).toMatchObject({ access: 'read_write' });
    await expect(
      embed.app.getByRole('heading', { name: `${customer!.first_name} ${customer!.last_name}` }),
    ).toBeVisible();
    await expect(
      embed.app.getByRole('status').filter({ hasText: 'your keys are kept only until' }),
    ).toBeVisible();
  } finally {
    await app.close();
  }
});
