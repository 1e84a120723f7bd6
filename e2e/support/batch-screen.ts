import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The batch editor and the grid's "Add to batch", found by role and label. */
export class BatchScreen {
  constructor(
    readonly page: Page,
    private readonly appUrl: string,
  ) {}

  async openGrid(query = ''): Promise<void> {
    await this.page.goto(`${this.appUrl}#/customers${query ? `?${query}` : ''}`);
    await expect(this.gridRows.first()).toBeVisible();
  }

  async openEditor(): Promise<void> {
    await this.page.goto(`${this.appUrl}#/batch`);
    await expect(this.page.getByRole('heading', { name: 'Batch editor' })).toBeVisible();
  }

  get gridRows(): Locator {
    return this.page
      .getByRole('table', { name: 'Customers' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell') });
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }

  navLink(count: number): Locator {
    return this.page.getByRole('link', {
      name: count === 1 ? 'Batch (1 queued operation)' : `Batch (${count} queued operations)`,
    });
  }

  get counts(): Locator {
    return this.page.getByText(/to create · .* to update · .* to delete/);
  }

  get creates(): Locator {
    return this.page.getByRole('table', { name: 'New customers' });
  }

  get others(): Locator {
    return this.page.getByRole('table', { name: 'Updates and deletes' });
  }

  cell(field: string, row: number): Locator {
    return this.page.getByRole('textbox', { name: `${field}, row ${row}`, exact: true });
  }

  async addToBatch(as: 'updates' | 'deletes'): Promise<void> {
    await this.button('Add to batch').click();
    const item = as === 'updates' ? 'Add to batch as updates…' : 'Add to batch as deletes';
    await this.page.getByRole('menuitem', { name: item }).click();
  }

  /** Fills the bulk edit dialog: fields by label, meta keys as `meta:<key>`. */
  async bulkEdit(values: Record<string, string>): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: /^Bulk edit/ });
    for (const [name, value] of Object.entries(values)) {
      if (name.startsWith('meta:')) {
        await dialog.getByRole('combobox', { name: 'Choose a field' }).click();
        await this.page.getByRole('option', { name: 'Meta data (custom key)…' }).click();
        await dialog.getByRole('textbox', { name: 'Meta key' }).fill(name.slice(5));
        await dialog.getByRole('button', { name: 'Add field' }).click();
        await dialog.getByRole('textbox', { name: `Meta “${name.slice(5)}”` }).fill(value);
      } else {
        await dialog.getByRole('combobox', { name: 'Choose a field' }).click();
        await this.page.getByRole('option', { name, exact: true }).click();
        await dialog.getByRole('button', { name: 'Add field' }).click();
        await dialog.getByRole('textbox', { name, exact: true }).fill(value);
      }
    }
    await dialog.getByRole('button', { name: 'Queue updates' }).click();
    await expect(dialog).toBeHidden();
  }

  async reviewAndSend(count: number): Promise<Locator> {
    await this.button('Review and send').click();
    const dialog = this.page.getByRole('dialog', { name: `Review ${count} operations` });
    await dialog.getByRole('button', { name: `Send ${count} operations` }).click();
    return dialog;
  }
}
