import type { Locator } from '@playwright/test';
import { expect, test } from './support/grid-fixtures';

test.describe('customers grid: layout choices and connectivity', () => {
  test('reordered columns and compact rows persist across reloads', async ({
    grid,
    page,
    consoleErrors: _,
  }) => {
    const headers = grid.table.getByRole('columnheader');
    const emailIndexBefore = await headerIndex(headers, 'Email');
    await grid.button('Columns').click();
    const menu = page.getByRole('dialog', { name: 'Show, hide and order columns' });
    await menu.getByRole('button', { name: 'Move Email left' }).click();
    await page.keyboard.press('Escape');
    expect(await headerIndex(headers, 'Email')).toBe(emailIndexBefore - 1);

    const compact = page.getByRole('button', { name: 'Compact rows' });
    const rowHeight = async () => (await grid.dataRows.first().boundingBox())?.height ?? 0;
    const roomy = await rowHeight();
    await compact.click();
    await expect(compact).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(rowHeight).toBeLessThan(roomy);

    await page.reload();
    await expect(grid.dataRows).toHaveCount(25);
    expect(await headerIndex(headers, 'Email')).toBe(emailIndexBefore - 1);
    await expect(page.getByRole('button', { name: 'Compact rows' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  test('going offline shows a banner and keeps the rows; back online it goes away', async ({
    grid,
    context,
    page,
    consoleErrors: _,
  }) => {
    await expect(grid.dataRows).toHaveCount(25);
    await context.setOffline(true);
    const banner = page.getByText('You are offline.', { exact: false });
    await expect(banner).toBeVisible();
    await expect(grid.dataRows).toHaveCount(25);
    await context.setOffline(false);
    await expect(banner).toBeHidden();
  });
});

async function headerIndex(headers: Locator, name: string): Promise<number> {
  const names = await headers.allInnerTexts();
  return names.findIndex((text) => text.trim().startsWith(name));
}
