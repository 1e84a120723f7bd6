// Screenshots of the customer detail view and its downloads panel (light, dark, 360 px wide).
// Usage: npm run build && tsx scripts/detail-screenshots.ts [outDir] [distDir]
//        (defaults: docs/screenshots, dist)
import { startScreenshotSession } from './screenshot-session';

const session = await startScreenshotSession({ outDir: process.argv[2], distDir: process.argv[3] });
const { store, outDir } = session;

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

const shots = [
  { suffix: 'light', scheme: 'light', width: 1280 },
  { suffix: 'dark', scheme: 'dark', width: 1280 },
  { suffix: '360', scheme: 'light', width: 360 },
] as const;

try {
  for (const shot of shots) {
    // A viewer away from both UTC and the store's zone (Asia/Shanghai), so all three differ.
    const page = await session.connectedPage({ ...shot, timezoneId: 'Europe/Berlin' });
    await page.goto(`${session.appUrl}#/customers/${showcase.id}`);
    const downloads = page.getByRole('region', { name: 'Downloads' });
    await downloads
      .getByRole('button', { name: /^Copy download link/ })
      .first()
      .waitFor();
    await page.getByRole('table', { name: 'Meta data' }).waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${outDir}/detail-${shot.suffix}.png`, fullPage: true });
    await downloads.screenshot({ path: `${outDir}/downloads-${shot.suffix}.png` });
    await page.context().close();
  }
  console.log(`screenshots of customer #${showcase.id} written to ${outDir}`);
} finally {
  await session.close();
}
