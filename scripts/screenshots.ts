// Screenshots of every screen in light and dark, wide and 360 px, for review and the README.
// Usage: npm run build && tsx scripts/screenshots.ts [outDir]
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startStore } from '../demo-store/server';
import { DEFAULT_STORE_OPTIONS } from '../demo-store/cli';
import { startStaticServer } from '../e2e/support/static-server';
import { CHROMIUM_ARGS, chromiumExecutablePath } from '../e2e/support/chromium';

const outDir = resolve(process.argv[2] ?? 'screenshots');
await mkdir(outDir, { recursive: true });
const store = await startStore({ ...DEFAULT_STORE_OPTIONS, port: 0 });
const app = await startStaticServer(resolve('dist'));
const browser = await chromium.launch({
  executablePath: chromiumExecutablePath(),
  args: CHROMIUM_ARGS,
});

async function connect(page: Page) {
  await page.goto(app.url);
  await page.getByRole('textbox', { name: 'Store URL' }).fill(store.url);
  await page.getByRole('textbox', { name: 'Consumer key' }).fill(DEFAULT_STORE_OPTIONS.key);
  await page.getByLabel('Consumer secret').fill(DEFAULT_STORE_OPTIONS.secret);
}

try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [1280, 360]) {
      const context = await browser.newContext({
        colorScheme: scheme,
        viewport: { width, height: 900 },
      });
      const page = await context.newPage();
      await connect(page);
      await page.screenshot({ path: `${outDir}/connect-${scheme}-${width}.png`, fullPage: true });
      await page.getByRole('button', { name: 'Connect', exact: true }).click();
      await page.getByRole('table', { name: 'Customers' }).getByRole('row').nth(5).waitFor();
      await page.screenshot({ path: `${outDir}/customers-${scheme}-${width}.png`, fullPage: true });
      await context.close();
    }
  }
  console.log(`screenshots written to ${outDir}`);
} finally {
  await browser.close();
  await app.close();
  await store.close();
}
