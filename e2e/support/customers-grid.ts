import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export interface ListedCustomer {
  id: number;
  email: string;
  first_name: string;
  last_name: string;
}

/** The customers grid, found by role and label as a person (or a screen reader) finds it. */
export class CustomersGridScreen {
  constructor(
    readonly page: Page,
    private readonly appUrl: string,
  ) {}

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Customers' });
  }
  /** Body rows only: the header row has column headers, not cells. */
  get dataRows(): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }
  get search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search customers' });
  }
  get range(): Locator {
    return this.page.getByRole('navigation', { name: 'Pages' }).getByRole('status');
  }
  get pageField(): Locator {
    return this.page.getByRole('textbox', { name: 'Page', exact: true });
  }
  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }
  /** Header names also carry the sort state and the resize handle's label: match the start. */
  columnHeader(name: string): Locator {
    return this.table.getByRole('columnheader', { name: new RegExp(`^${name}`) });
  }
  sortButton(column: string): Locator {
    return this.columnHeader(column).getByRole('button');
  }
  chip(label: string): Locator {
    return this.page.getByRole('list', { name: 'Active filters' }).getByRole('button', {
      name: label,
    });
  }

  /** The grid by URL: `#/customers?…` under whatever path the app is served from. */
  async open(query = '', page: Page = this.page): Promise<void> {
    await page.goto(`${this.appUrl}#/customers${query ? `?${query}` : ''}`);
  }

  /** Exactly these customers, in this order (matched by email, which is unique). */
  async expectRows(customers: ListedCustomer[], rows: Locator = this.dataRows): Promise<void> {
    await expect(rows).toHaveCount(customers.length);
    await expect(rows).toContainText(customers.map((c) => c.email));
  }

  async choosePageSize(size: number): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Rows per page' }).selectOption(String(size));
  }

  async openFilters(): Promise<Locator> {
    await this.button('Filters').click();
    return this.page.getByRole('dialog', { name: 'Filter customers' });
  }

  async hideColumn(label: string): Promise<void> {
    await this.button('Columns').click();
    const menu = this.page.getByRole('dialog', { name: 'Show, hide and order columns' });
    await menu.getByRole('checkbox', { name: label, exact: true }).uncheck();
    await this.page.keyboard.press('Escape');
  }
}
