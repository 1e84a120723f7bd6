// Screenshots of the keyboard shortcuts: the top bar's button, the dialog (light, dark, 360 px,
// Chinese) and a grid row reached with j.
// Usage: npm run build && tsx scripts/shortcuts-screenshots.ts [outDir] [distDir]
import { startScreenshotSession } from './screenshot-session';

const session = await startScreenshotSession({ outDir: process.argv[2], distDir: process.argv[3] });
const { outDir } = session;

const shots = [
  { suffix: 'light', scheme: 'light', width: 1280 },
  { suffix: 'dark', scheme: 'dark', width: 1280 },
  { suffix: '360', scheme: 'light', width: 360 },
  { suffix: '360-dark', scheme: 'dark', width: 360 },
] as const;

try {
  for (const shot of shots) {
    const page = await session.connectedPage(shot);
    await page.goto(`${session.appUrl}#/customers?per_page=10`);
    const rows = page.locator('tbody tr[data-id]');
    await rows.nth(9).waitFor();
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).hover();
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${outDir}/shortcuts-grid-${shot.suffix}.png` });
    await page.keyboard.press('Shift+?');
    await page
      .getByRole('dialog', { name: 'Keyboard shortcuts' })
      .getByRole('term')
      .first()
      .waitFor();
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${outDir}/shortcuts-dialog-${shot.suffix}.png` });
    await page.context().close();
  }
  const page = await session.connectedPage({ scheme: 'light', width: 1280 });
  await page.goto(`${session.appUrl}#/customers?per_page=10`);
  await page.getByRole('combobox', { name: 'Language' }).click();
  await page.getByRole('option', { name: '简体中文' }).click();
  // The language picker keeps the focus, and a combobox takes its keys: the button, then.
  await page.getByRole('button', { name: '键盘快捷键' }).click();
  await page.getByRole('dialog', { name: '键盘快捷键' }).getByRole('term').first().waitFor();
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${outDir}/shortcuts-dialog-zh-CN.png` });
  await page.context().close();
} finally {
  await session.close();
}
