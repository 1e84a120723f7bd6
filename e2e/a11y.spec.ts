import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { connectPage } from './support/connected-page';
import { expect, test } from './support/fixtures';
import { LOCAL_ONLY } from './support/grid-fixtures';
import { readFromStore } from './support/store-client';

// axe on every screen and dialog, in light and in dark: no violations of WCAG 2.1 A/AA rules.

test.use(LOCAL_ONLY);
// axe reads every node of a 25-row grid and each dialog in turn: ten seconds or more on two busy
// cores, so these tests get the time that takes instead of the default 30 s.
test.describe.configure({ timeout: 90_000 });

async function expectNoViolations(page: Page, what: string) {
  // Contrast is only meaningful once menus, dialogs and notices have finished fading in: axe on a
  // half-transparent notice measures colours no one sees for long. (Endless ones, a skeleton's
  // pulse or a progress bar, never finish.)
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' ||
          animation.effect?.getComputedTiming().iterations === Infinity,
      ),
  );
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const summary = violations.map(
    (v) =>
      `${v.id}: ${v.help} → ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
  expect(summary, what).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility (${scheme})`, () => {
    test.use({ colorScheme: scheme });

    test('connect screen', async ({ page, appUrl, consoleErrors: _ }) => {
      await page.goto(`${appUrl}#/connect`);
      await expect(page.getByRole('heading', { name: 'Connect to your store' })).toBeVisible();
      await expectNoViolations(page, 'connect');
    });

    test('grid, its filters dialog, columns menu and delete dialog', async ({
      page,
      appUrl,
      httpStore,
      consoleErrors: _,
    }) => {
      await connectPage(page, httpStore);
      await page.goto(`${appUrl}#/customers`);
      const table = page.getByRole('table', { name: 'Customers' });
      await expect(table.getByRole('row')).toHaveCount(26);
      await table.getByRole('row').nth(1).getByRole('checkbox').check();
      await expectNoViolations(page, 'grid');
      await page.getByRole('button', { name: 'Filters', exact: true }).click();
      await expect(page.getByRole('dialog', { name: 'Filter customers' })).toBeVisible();
      await expectNoViolations(page, 'filters dialog');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Columns', exact: true }).click();
      // Its code loads on first use; axe must see it after its grow-in, not half transparent.
      const columns = page.getByRole('dialog', { name: 'Show, hide and order columns' });
      await expect(columns).toBeVisible();
      await expect(columns).toHaveCSS('opacity', '1');
      await expectNoViolations(page, 'columns menu');
      await page.keyboard.press('Escape');
      // Saved views: the menu, the save dialog with a refused name, the manage dialog.
      await page.getByRole('button', { name: /^Views/ }).click();
      await page.getByRole('menuitem', { name: 'Save current view…' }).click();
      const save = page.getByRole('dialog', { name: 'Save current view' });
      await save.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(save).toContainText('Enter a name for the view.');
      await expectNoViolations(page, 'save view dialog');
      await save.getByRole('textbox', { name: 'Name' }).fill('Everyone');
      await save.getByRole('button', { name: 'Save', exact: true }).click();
      await page.getByRole('button', { name: /^Views/ }).click();
      await expect(page.getByRole('menu', { name: 'Saved views' })).toBeVisible();
      await expectNoViolations(page, 'views menu');
      await page.getByRole('menuitem', { name: 'Manage views…' }).click();
      await expect(page.getByRole('dialog', { name: 'Manage views' })).toBeVisible();
      await expectNoViolations(page, 'manage views dialog');
      await page.getByRole('button', { name: 'Close' }).click();
      await table
        .getByRole('row')
        .nth(2)
        .getByRole('button', { name: /^Delete / })
        .click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoViolations(page, 'delete dialog');
    });

    test('customer detail, edit form with a validation error, and create form', async ({
      page,
      appUrl,
      httpStore,
      consoleErrors: _,
    }) => {
      // The customer of the newest order, so the detail shows its order history too.
      const [latest] = await readFromStore<{ customer_id: number }[]>(
        httpStore,
        'orders?per_page=1&_fields=customer_id',
      );
      const customer = { id: latest!.customer_id };
      await connectPage(page, httpStore);
      await page.goto(`${appUrl}#/customers/${customer.id}`);
      await expect(page.getByRole('link', { name: 'Edit', exact: true })).toBeVisible();
      await expect(
        page.getByRole('region', { name: 'Order history' }).getByRole('table'),
      ).toBeVisible();
      await expectNoViolations(page, 'detail');
      await page.goto(`${appUrl}#/customers/${customer.id}/edit`);
      const email = page.getByRole('textbox', { name: 'Email', exact: true });
      await email.fill('not-an-email');
      await page.getByRole('button', { name: 'Save changes' }).click();
      await expect(email).toHaveAttribute('aria-invalid', 'true');
      await expectNoViolations(page, 'edit form');
      await page.goto(`${appUrl}#/customers/new`);
      await expect(page.getByRole('button', { name: 'Create customer' })).toBeVisible();
      await expectNoViolations(page, 'create form');
    });

    test('batch editor with its review dialog, and advanced search', async ({
      page,
      appUrl,
      httpStore,
      consoleErrors: _,
    }) => {
      await connectPage(page, httpStore);
      await page.goto(`${appUrl}#/batch`);
      await page.getByRole('button', { name: 'Add customer', exact: true }).click();
      await page
        .getByRole('textbox', { name: 'Email, row 1', exact: true })
        .fill('a11y@example.test');
      await page.getByRole('textbox', { name: 'Email, row 1', exact: true }).press('Enter');
      await expectNoViolations(page, 'batch editor');
      await page.getByRole('button', { name: 'Review and send', exact: true }).click();
      await expect(page.getByRole('dialog', { name: 'Review 1 operations' })).toBeVisible();
      await expectNoViolations(page, 'review dialog');
      await page.keyboard.press('Escape');
      await page.goto(`${appUrl}#/customers/search`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
      await expectNoViolations(page, 'advanced search');
    });

    test('keyboard shortcuts dialog, opened with ?', async ({
      page,
      appUrl,
      httpStore,
      consoleErrors: _,
    }) => {
      await connectPage(page, httpStore);
      await page.goto(`${appUrl}#/customers?per_page=10`);
      await expect(page.getByRole('table', { name: 'Customers' }).getByRole('row')).toHaveCount(11);
      await page.keyboard.press('Shift+?');
      const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await expect(dialog.getByRole('term').first()).toBeVisible();
      await expectNoViolations(page, 'keyboard shortcuts dialog');
    });
  });
}
