// Screenshots of the customer form (edit in light and dark, create at 360 px) for review and docs.
// Usage: npm run build && tsx scripts/form-screenshots.ts [outDir]   (default docs/screenshots)
import { startScreenshotSession } from './screenshot-session';

const session = await startScreenshotSession({ customers: 60, outDir: process.argv[2] });
// A customer with custom fields, so the meta editor shows rows of both kinds.
const { db } = session.store.handler;
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
    const page = await session.connectedPage(shot);
    await page.goto(`${session.appUrl}${shot.route}`);
    const email = page.getByRole('textbox', { name: 'Email', exact: true });
    await email.waitFor();
    if (shot.route.endsWith('new')) {
      // Show a validation message: what a person sees after a mistake.
      await email.fill('not-an-email');
      await page.getByRole('button', { name: 'Create customer' }).click();
    } else {
      // Show a warning: accepted by WooCommerce, but worth a second look.
      await page.getByRole('textbox', { name: 'Phone' }).first().fill('call after 5pm');
    }
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${session.outDir}/${shot.name}.png`, fullPage: true });
    await page.context().close();
  }
  console.log(`screenshots written to ${session.outDir}`);
} finally {
  await session.close();
}
