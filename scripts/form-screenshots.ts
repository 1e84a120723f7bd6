// Screenshots of the customer form (edit in light and dark, create at 360 px) for review and docs.
// Usage: npm run build && tsx scripts/form-screenshots.ts [outDir]   (default docs/screenshots)
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { startStore } from '../demo-store/server';
import { DEFAULT_STORE_OPTIONS } from '../demo-store/cli';
import { startStaticServer } from '../e2e/support/static-server';
import { CHROMIUM_ARGS, chromiumExecutablePath } from '../e2e/support/chromium';

const outDir = resolve(process.argv[2] ?? 'docs/screenshots');
await mkdir(outDir, { recursive: true });
const store = await startStore({ ...DEFAULT_STORE_OPTIONS, port: 0, customers: 60 });
const app = await startStaticServer(resolve(process.env.E2E_DIST_DIR ?? 'dist'));
const browser = await chromium.launch({
  executablePath: chromiumExecutablePath(),
  args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});

const connection = JSON.stringify({
  storeUrl: store.url,
  storeName: 'Customer Desk Demo Store',
  version: 'v3',
  authMode: 'auto',
  consumerKey: DEFAULT_STORE_OPTIONS.key,
  consumerSecret: DEFAULT_STORE_OPTIONS.secret,
  remember: true,
  access: 'read_write',
});
// A customer with custom fields, so the meta editor shows rows of both kinds.
const { db } = store.handler;
const id =
  db.ordered('id').find((userId) => {
    const user = db.get(userId);
    return user?.role === 'customer' && user.meta.length > 1;
  }) ?? 2;

const shots = [
  { name: 'form-edit-light', scheme: 'light', width: 1280, route: `#/customers/${id}/edit` },
  { name: 'form-edit-dark', scheme: 'dark', width: 1280, route: `#/customers/${id}/edit` },
  { name: 'form-create-360', scheme: 'light', width: 360, route: '#/customers/new' },
] as const;

try {
  for (const shot of shots) {
    const context = await browser.newContext({
      colorScheme: shot.scheme,
      viewport: { width: shot.width, height: 900 },
    });
    await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
      'customer-desk.connection',
      connection,
    ] as const);
    const page = await context.newPage();
    await page.goto(`${app.url}${shot.route}`);
    await page.getByRole('textbox', { name: 'Email', exact: true }).waitFor();
    if (shot.route.endsWith('new')) {
      await page.getByRole('textbox', { name: 'Email', exact: true }).fill('not-an-email');
      await page.getByRole('button', { name: 'Create customer' }).click();
    } else {
      await page.getByRole('textbox', { name: 'Phone' }).first().fill('call after 5pm');
    }
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${outDir}/${shot.name}.png`, fullPage: true });
    await context.close();
  }
  console.log(`screenshots written to ${outDir}`);
} finally {
  await browser.close();
  await app.close();
  await store.close();
}
