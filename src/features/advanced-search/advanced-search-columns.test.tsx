import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { StoreHandler } from '../../../demo-store/handler';
import { i18n } from '../../i18n/i18n';
import { HARNESS_KEYS, renderAdvancedSearch } from './advanced-search-test-harness';

// What each result column shows for one customer, read from the demo store's own answer (not the
// app's parse): money in the store's currency, dates in the viewer's language and time zone.

interface StoreRow {
  user_id: number | null;
  email: string;
  city: string;
  state: string;
  country: string;
  date_registered_gmt: string | null;
  date_last_active: string | null;
  date_last_active_gmt: string | null;
  date_last_order: string | null;
  orders_count: number;
  total_spend: number;
  avg_order_value: number;
}

async function askStore<T>(store: StoreHandler, path: string): Promise<T> {
  const headers = { Authorization: `Basic ${btoa(`${HARNESS_KEYS.key}:${HARNESS_KEYS.secret}`)}` };
  const response = await store.handle(
    new Request(`https://shop.test/wp-json/${path}`, { headers }),
  );
  return (await response.json()) as T;
}

const HEADERS = {
  en: ['Name', 'Email', 'Location', 'Registered', 'Last active', 'Last order', 'Orders'],
  'zh-CN': ['姓名', '邮箱', '地区', '注册时间', '最近活跃', '最近订单', '订单数'],
};
const MONEY_HEADERS = { en: ['Total spend', 'Avg. order'], 'zh-CN': ['消费总额', '平均订单额'] };
const RESULTS = { en: 'Customers in the analytics index', 'zh-CN': '分析索引中的客户' };
const STORE_TIME = { en: ' (store time)', 'zh-CN': '（商店时间）' };
const LOCATION_NOTE = {
  en: 'WooCommerce’s index filters places by country only; sort by city, state or postcode to group customers by them.',
  'zh-CN': 'WooCommerce 的索引只能按国家筛选地区；可按城市、州/省或邮编排序来归组。',
};

/** An instant in the viewer's zone, with the zone's name. */
function viewerTime(gmt: string, locale: string): string {
  const date = new Date(`${gmt}Z`);
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const zone = new Intl.DateTimeFormat(locale, { timeZoneName: 'short' })
    .formatToParts(date)
    .find((part) => part.type === 'timeZoneName')!.value;
  return `${when.format(date)} ${zone}`;
}

/** The store's wall-clock time as it has it (no zone shift). */
function storeTime(local: string, locale: string): string {
  const date = new Date(`${local.replace(' ', 'T')}Z`);
  const options = { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' } as const;
  return new Intl.DateTimeFormat(locale, options).format(date);
}

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('advanced search result columns', { timeout: 30_000 }, () => {
  it.each(['en', 'zh-CN'] as const)('%s: headers and one customer’s cells', async (locale) => {
    await i18n.changeLanguage(locale);
    const user = userEvent.setup();
    // Most recently active first: a customer active since their last order is on that page.
    const { store } = renderAdvancedSearch({ route: '/customers/search?orderby=date_last_active' });
    const { code: currency } = await askStore<{ code: string }>(
      store,
      'wc/v3/data/currencies/current',
    );
    const firstPage = await askStore<StoreRow[]>(
      store,
      'wc-analytics/reports/customers?orderby=date_last_active&order=desc',
    );
    const row = firstPage.find(
      (item) =>
        item.user_id !== null &&
        item.city &&
        item.state &&
        item.date_registered_gmt &&
        item.date_last_active_gmt &&
        item.date_last_order &&
        // Active since the last order, so the two columns cannot stand in for each other.
        item.date_last_active !== item.date_last_order.replace(' ', 'T') &&
        item.orders_count > 1,
    )!;
    expect(row).toBeDefined();

    const table = await screen.findByRole('table', { name: RESULTS[locale] }, { timeout: 10_000 });
    await waitFor(() => expect(within(table).getByText(row.email)).toBeDefined(), {
      timeout: 10_000,
    });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers.slice(1)).toEqual([...HEADERS[locale], ...MONEY_HEADERS[locale]]);
    const tr = within(table).getByText(row.email).closest('tr')!;
    const cells = within(tr).getAllByRole('cell');
    const cell = (header: string) => cells[headers.indexOf(header)]!.textContent;
    const [, , location, registered, lastActive, lastOrder, orders] = HEADERS[locale];
    const [totalSpend, aov] = MONEY_HEADERS[locale];

    const country = new Intl.DisplayNames([locale], { type: 'region' }).of(row.country)!;
    // The state by the store's name for its code ("CN20" → its name), once the list has loaded.
    const countries = await askStore<{ code: string; states: { code: string; name: string }[] }[]>(
      store,
      'wc/v3/data/countries',
    );
    const stateName = countries
      .find((item) => item.code === row.country)
      ?.states.find((item) => item.code === row.state)?.name;
    expect(stateName).toBeDefined();
    await waitFor(() => expect(cell(location!)).toBe(`${row.city}, ${stateName}, ${country}`));
    expect(cell(registered!)).toBe(viewerTime(row.date_registered_gmt!, locale));
    expect(cell(lastActive!)).toBe(viewerTime(row.date_last_active_gmt!, locale));
    expect(cell(lastOrder!)).toBe(
      `${storeTime(row.date_last_order!, locale)}${STORE_TIME[locale]}`,
    );
    expect(cell(orders!)).toBe(new Intl.NumberFormat(locale).format(row.orders_count));
    const money = new Intl.NumberFormat(locale, { style: 'currency', currency });
    expect(cell(totalSpend!)).toBe(money.format(row.total_spend));
    expect(cell(aov!)).toBe(money.format(row.avg_order_value));
    expect(cell(totalSpend!)).toContain('€'); // the demo store sells in euros

    // The filters say that places can only be filtered by country.
    await user.click(screen.getByRole('button', { name: locale === 'en' ? 'Filters' : '筛选' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('alert').textContent).toBe(LOCATION_NOTE[locale]);
  });
});
