// Screenshots of the customers grid (light, dark, 360 px wide) for review and the docs.
// Usage: npm run build && tsx scripts/grid-screenshots.ts [outDir]   (default docs/screenshots)
import { startScreenshotSession } from './screenshot-session';

const session = await startScreenshotSession({ customers: 1200, outDir: process.argv[2] });
const shots = [
  { name: 'grid-light', scheme: 'light', width: 1280 },
  { name: 'grid-dark', scheme: 'dark', width: 1280 },
  { name: 'grid-360', scheme: 'light', width: 360 },
] as const;

try {
  for (const shot of shots) {
    const page = await session.connectedPage(shot);
    await page.goto(`${session.appUrl}#/customers`);
    const rows = page.getByRole('table', { name: 'Customers' }).getByRole('row');
    await rows.nth(10).waitFor();
    // A view with something in each part: a filter chip, a selection, a sorted column.
    await page.getByRole('searchbox', { name: 'Search customers' }).fill('an');
    await page.getByRole('button', { name: 'Search: an' }).waitFor();
    await rows.nth(2).getByRole('checkbox').check();
    await page.waitForTimeout(500);
    await page.screenshot({
      path: `${session.outDir}/${shot.name}.png`,
      fullPage: shot.width < 400,
    });
    await page.context().close();
  }
  console.log(`screenshots written to ${session.outDir}`);
} finally {
  await session.close();
}
