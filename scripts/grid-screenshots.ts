// Screenshots of the customers grid (light, dark, 360 px wide) for review and the docs.
// Usage: npm run build && tsx scripts/grid-screenshots.ts [outDir]   (default docs/screenshots)
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { startStore } from '../demo-store/server';
import { DEFAULT_STORE_OPTIONS } from '../demo-store/cli';
import { startStaticServer } from '../e2e/support/static-server';
import { CHROMIUM_ARGS, chromiumExecutablePath } from '../e2e/support/chromium';

const outDir = resolve(process.argv[2] ?? 'docs/screenshots');
await mkdir(outDir, { recursive: true });
const store = await startStore({ ...DEFAULT_STORE_OPTIONS, port: 0, customers: 1200 });
const app = await startStaticServer(resolve('dist'));
// Avatars point at Gravatar: names other than this machine do not resolve, so nothing leaves it.
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

const shots = [
  { name: 'grid-light', scheme: 'light', width: 1280 },
  { name: 'grid-dark', scheme: 'dark', width: 1280 },
  { name: 'grid-360', scheme: 'light', width: 360 },
] as const;

try {
  for (const shot of shots) {
    const context = await browser.newContext({
      colorScheme: shot.scheme,
      viewport: { width: shot.width, height: 900 },
    });
    // Start connected (what the connect screen saves): the screenshots are of the grid alone.
    await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
      'customer-desk.connection',
      connection,
    ] as const);
    const page = await context.newPage();
    await page.goto(`${app.url}#/customers`);
    const rows = page.getByRole('table', { name: 'Customers' }).getByRole('row');
    await rows.nth(10).waitFor();
    // A view with something in each part: a filter chip, a selection, a sorted column.
    await page.getByRole('searchbox', { name: 'Search customers' }).fill('an');
    await page.getByRole('button', { name: 'Search: an' }).waitFor();
    await rows.nth(2).getByRole('checkbox').check();
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${outDir}/${shot.name}.png`, fullPage: shot.width < 400 });
    await context.close();
  }
  console.log(`screenshots written to ${outDir}`);
} finally {
  await browser.close();
  await app.close();
  await store.close();
}
