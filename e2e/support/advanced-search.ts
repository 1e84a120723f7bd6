import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { RunningStore } from '../../demo-store/server';
import { E2E_KEYS } from './fixtures';

/** A row of the analytics index as the store prints it (read independently of the app). */
export interface IndexRow {
  id: number;
  user_id: number | null;
  username: string;
  name: string;
  email: string;
  country: string;
  orders_count: number;
  total_spend: number;
  avg_order_value: number;
  date_registered: string | null;
  date_last_active: string | null;
  date_last_order: string | null;
}

export interface IndexPage {
  items: IndexRow[];
  total: number;
}

/** `GET /wc-analytics/reports/customers` straight from the store's handler (Basic over https). */
export async function readIndex(store: RunningStore, query: string): Promise<IndexPage> {
  const url = `https://store.test/wp-json/wc-analytics/reports/customers?${query}`;
  const basic = Buffer.from(`${E2E_KEYS.key}:${E2E_KEYS.secret}`).toString('base64');
  const response = await store.handler.handle(
    new Request(url, { headers: { Authorization: `Basic ${basic}` } }),
  );
  if (!response.ok) throw new Error(`index answered ${response.status} for ${query}`);
  return {
    items: (await response.json()) as IndexRow[],
    total: Number(response.headers.get('X-WP-Total')),
  };
}

/** The advanced search screen, found by role and label as a person finds it. */
export class AdvancedSearchScreen {
  constructor(
    readonly page: Page,
    private readonly appUrl: string,
  ) {}

  async open(query = ''): Promise<void> {
    await this.page.goto(`${this.appUrl}#/customers/search${query ? `?${query}` : ''}`);
  }
  get table(): Locator {
    return this.page.getByRole('table', { name: 'Customers in the analytics index' });
  }
  get rows(): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }
  get search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search the index' });
  }
  get range(): Locator {
    return this.page.getByRole('navigation', { name: 'Result pages' }).getByRole('status');
  }
  /** A link of the switch between the grid and advanced search. */
  mode(name: 'All customers' | 'Advanced search'): Locator {
    return this.page
      .getByRole('navigation', { name: 'How to find customers' })
      .getByRole('link', { name });
  }
  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }
  chip(label: string | RegExp): Locator {
    return this.page.getByRole('list', { name: 'Active conditions' }).getByRole('button', {
      name: label,
    });
  }
  rowOf(email: string): Locator {
    return this.rows.filter({ hasText: email });
  }

  async choose(label: string, option: string): Promise<void> {
    await this.page.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async openFilters(): Promise<Locator> {
    await this.button('Filters').click();
    return this.page.getByRole('dialog', { name: 'Filter the index' });
  }

  /** Exactly these index rows, in this order, and the store's total in the range. */
  async expectRows(expected: IndexPage): Promise<void> {
    if (expected.items.length === 0) {
      await expect(this.table.getByRole('status')).toHaveText(/No customers in the index match/);
      await expect(this.range).toHaveText('0–0 of 0');
      return;
    }
    await expect(this.rows).toHaveCount(expected.items.length);
    await expect(this.rows).toContainText(expected.items.map((row) => row.email));
    await expect(this.range).toHaveText(
      new RegExp(`of ${expected.total.toLocaleString('en-US')}$`),
    );
  }
}
