// Screenshots of the customer detail view and its downloads panel (light, dark, 360 px wide).
// Usage: npm run build && tsx scripts/detail-screenshots.ts [outDir] [distDir]
//        (defaults: docs/screenshots, dist)
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { startStore } from '../demo-store/server';
import { DEFAULT_STORE_OPTIONS } from '../demo-store/cli';
import { startStaticServer } from '../e2e/support/static-server';
import { CHROMIUM_ARGS, chromiumExecutablePath } from '../e2e/support/chromium';

const outDir = resolve(process.argv[2] ?? 'docs/screenshots');
await mkdir(outDir, { recursive: true });
const store = await startStore({ ...DEFAULT_STORE_OPTIONS, port: 0 });
const app = await startStaticServer(resolve(process.argv[3] ?? 'dist'));
// Avatars point at Gravatar: names other than this machine do not resolve, so nothing leaves it.
const browser = await chromium.launch({
  executablePath: chromiumExecutablePath(),
  args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});

// A customer who shows every part: two or more downloads, structured meta, a shipping address.
const ids = Array.from({ length: 400 }, (_, index) => index + 1);
const showcase = ids
  .map((id) => store.handler.db.get(id))
  .find(
    (user) =>
      user !== undefined &&
      user.downloads.length >= 2 &&
      user.meta.some((row) => typeof row.value === 'object') &&
      user.shipping.address_1 !== '',
  );
if (!showcase) throw new Error('no seeded customer with downloads and structured meta');

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
  { suffix: 'light', scheme: 'light', width: 1280 },
  { suffix: 'dark', scheme: 'dark', width: 1280 },
  { suffix: '360', scheme: 'light', width: 360 },
] as const;

try {
  for (const shot of shots) {
    const context = await browser.newContext({
      colorScheme: shot.scheme,
      viewport: { width: shot.width, height: 900 },
      // A viewer away from both UTC and the store's zone (Asia/Shanghai), so all three differ.
      timezoneId: 'Europe/Berlin',
    });
    await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
      'customer-desk.connection',
      connection,
    ] as const);
    const page = await context.newPage();
    await page.goto(`${app.url}#/customers/${showcase.id}`);
    const downloads = page.getByRole('region', { name: 'Downloads' });
    await downloads
      .getByRole('button', { name: /^Copy download link/ })
      .first()
      .waitFor();
    await page.getByRole('table', { name: 'Meta data' }).waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${outDir}/detail-${shot.suffix}.png`, fullPage: true });
    await downloads.screenshot({ path: `${outDir}/downloads-${shot.suffix}.png` });
    await context.close();
  }
  console.log(`screenshots of customer #${showcase.id} written to ${outDir}`);
} finally {
  await browser.close();
  await app.close();
  await store.close();
}
