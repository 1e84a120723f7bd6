import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, type RecordedCall } from '../../../api/testing/fake-fetch';
import { i18n } from '../../../i18n/i18n';
import { COLUMN_PREFS_KEY } from './column-prefs';
import { renderCustomersPage } from './grid-test-harness';
import { formatUtcInstant } from '../../../lib/format-date';
import { v1CreatedToGmt } from '../../../lib/site-time';

afterEach(async () => {
  localStorage.clear();
  await i18n.changeLanguage('en');
});

const table = () => screen.getByRole('table', { name: 'Customers' });
const dataRows = () => within(table()).getAllByRole('row').slice(1);

function row(index: number): HTMLElement {
  const found = dataRows()[index];
  if (!found) throw new Error(`no data row ${index}`);
  return found;
}

function query(call: RecordedCall | undefined): URLSearchParams {
  if (!call) throw new Error('no such request');
  return call.url.searchParams;
}

// The first test of the file also waits for the grid's modules to load: more than waitFor's 1 s
// on a busy 2-core machine.
async function firstPage() {
  await waitFor(() => expect(within(table()).getAllByRole('row')).toHaveLength(26), {
    timeout: 5000,
  });
}

// Generous time: each test renders full pages of MUI rows in jsdom on a small machine.
describe('customers grid', { timeout: 20_000 }, () => {
  it('opens on 25 rows, asks only for the visible fields and shows the range', async () => {
    const { listCalls } = renderCustomersPage();
    await firstPage();
    expect(dataRows()[0]?.textContent).toContain('Person001 Test');
    expect(screen.getByText('1–25 of 60')).toBeTruthy();
    const first = query(listCalls()[0]);
    expect(first.get('per_page')).toBe('25');
    expect(first.get('_fields')?.split(',')).toEqual(
      expect.arrayContaining(['id', 'email', 'billing.city', 'date_created_gmt']),
    );
    // Store defaults are not sent.
    for (const param of ['page', 'orderby', 'order', 'role']) expect(first.has(param)).toBe(false);
  });

  it('cells follow a change of language at once: role, paying flag and headers', async () => {
    renderCustomersPage();
    await firstPage();
    // The table's own name changes language too: found by role alone.
    const anyTable = () => screen.getByRole('table');
    const cells = () =>
      within(within(anyTable()).getAllByRole('row')[1]!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(cells()).toEqual(expect.arrayContaining(['Customer', 'No']));
    await act(() => i18n.changeLanguage('zh-CN'));
    await waitFor(() => expect(cells()).toEqual(expect.arrayContaining(['顾客', '否'])));
    expect(cells()).not.toContain('Customer');
    expect(within(anyTable()).getByRole('columnheader', { name: /角色/ })).toBeTruthy();
  });

  it('prefetches the next page, so "next" needs no new request', async () => {
    const { listCalls, router } = renderCustomersPage();
    await firstPage();
    await waitFor(() => expect(listCalls()).toHaveLength(2));
    expect(query(listCalls()[1]).get('page')).toBe('2');

    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(router.location().search).toBe('?page=2');
    await waitFor(() => expect(dataRows()[0]?.textContent).toContain('Person026'));
    expect(listCalls().filter((c) => c.url.searchParams.get('page') === '2')).toHaveLength(1);
  });

  it('asks for the page after the next only once the flipped page has had its frame', async () => {
    const { listCalls } = renderCustomersPage();
    await firstPage();
    await waitFor(() => expect(listCalls()).toHaveLength(2));
    // Frames are drawn by the test from here on.
    const frames: FrameRequestCallback[] = [];
    const frame = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
      return frames.push(callback);
    });
    try {
      await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
      await waitFor(() => expect(dataRows()[0]?.textContent).toContain('Person026'));
      expect(listCalls()).toHaveLength(2); // page 3 waits for the frame that shows page 2
      act(() => frames.splice(0).forEach((callback) => callback(performance.now())));
      await waitFor(() => expect(listCalls()).toHaveLength(3));
      expect(query(listCalls()[2]).get('page')).toBe('3');
    } finally {
      frame.mockRestore();
    }
  });

  it('falls back to defaults for a URL full of bad values', async () => {
    const { listCalls } = renderCustomersPage({
      route: '/customers?page=abc&per_page=7&orderby=zzz&order=UP&role=wizard&email=x@',
    });
    await firstPage();
    const params = query(listCalls()[0]);
    expect(params.get('per_page')).toBe('25');
    for (const param of ['page', 'orderby', 'order', 'role', 'email']) {
      expect(params.has(param)).toBe(false);
    }
  });

  it('snaps a page past the end back to the last page', async () => {
    const { router } = renderCustomersPage({ route: '/customers?page=9' });
    await waitFor(() => expect(router.location().search).toBe('?page=3'));
    await waitFor(() => expect(dataRows()[0]?.textContent).toContain('Person051'));
  });

  it('sorts from the header, both ways, through the URL', async () => {
    const { router } = renderCustomersPage();
    await firstPage();
    await userEvent.click(screen.getByRole('button', { name: /^Name\s*sorted ascending/ }));
    expect(router.location().search).toBe('?order=desc');
    await waitFor(() => expect(dataRows()[0]?.textContent).toContain('Person060'));
    expect(screen.getByRole('columnheader', { name: /Name/ }).getAttribute('aria-sort')).toBe(
      'descending',
    );
    // Columns the store cannot sort by have no sort button.
    expect(within(screen.getByRole('columnheader', { name: /Email/ })).queryByRole('button')).toBe(
      null,
    );
  });

  it('flips the order on each click, even when the second comes before the first has rendered', async () => {
    const { router } = renderCustomersPage();
    await firstPage();
    const idSort = within(screen.getByRole('columnheader', { name: /^ID/ })).getByRole('button');
    act(() => {
      idSort.click();
      idSort.click();
    });
    await waitFor(() => expect(router.location().search).toBe('?orderby=id&order=desc'));
  });

  it('shows only the newest search, even when an older one answers later', async () => {
    // The first search answers only after the newer one has answered (whatever the machine's
    // speed), and ignores its cancellation, as a slow server would.
    let newerAnswered: () => void = () => undefined;
    const newer = new Promise<void>((resolve) => (newerAnswered = resolve));
    let staleAnswered = false;
    const { listCalls } = renderCustomersPage({
      intercept: async (call, store) => {
        const search = call.url.searchParams.get('search');
        if (search === 'customer1') {
          await newer;
          const answer = await store(call);
          staleAnswered = true;
          return answer;
        }
        const answer = await store(call);
        if (search === 'customer12') newerAnswered();
        return answer;
      },
    });
    await firstPage();
    const box = screen.getByRole('searchbox', { name: 'Search customers' });
    await userEvent.type(box, 'customer1');
    await waitFor(() =>
      expect(listCalls().some((c) => c.url.searchParams.get('search') === 'customer1')).toBe(true),
    );
    await userEvent.type(box, '2');
    await waitFor(() => expect(dataRows()).toHaveLength(1), { timeout: 5000 });
    const stale = listCalls().find((c) => c.url.searchParams.get('search') === 'customer1');
    expect(stale?.init.signal?.aborted).toBe(true);
    // Past the late answer: still the newer search's single row.
    await waitFor(() => expect(staleAnswered).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(dataRows()).toHaveLength(1);
    expect(dataRows()[0]?.textContent).toContain('customer12@example.com');
  });

  it('hides a column, asks for fewer fields and remembers the choice', async () => {
    const { listCalls, router } = renderCustomersPage();
    await firstPage();
    await userEvent.click(screen.getByRole('button', { name: 'Columns' }));
    // The columns popover's code (and MUI's) loads on this first use: slow on a busy machine.
    const email = await screen.findByRole('checkbox', { name: 'Email' }, { timeout: 5000 });
    await userEvent.click(email);
    await waitFor(() => expect(router.location().search).toBe('?hidden=email'));
    await waitFor(() => expect(query(listCalls().at(-1)).get('_fields')).not.toMatch(/email/));
    expect(JSON.parse(localStorage.getItem(COLUMN_PREFS_KEY) ?? '{}')).toMatchObject({
      hidden: ['email'],
    });
  });

  it('shows the adapter message with Retry, and recovers', async () => {
    let fail = true;
    renderCustomersPage({
      intercept: (call, store) =>
        fail
          ? jsonResponse(
              { code: 'internal_server_error', message: 'Boom', data: { status: 500 } },
              { status: 500 },
            )
          : store(call),
    });
    expect(await screen.findByText(/Boom/)).toBeTruthy();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await firstPage();
  });

  it('says when nothing matches and clears the filters', async () => {
    const { router } = renderCustomersPage({ route: '/customers?search=nobody' });
    expect(await screen.findByText('No customers match these filters.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(router.location().search).toBe('');
    await firstPage();
  });

  it('opens a row with Enter and with a click', async () => {
    const { router } = renderCustomersPage();
    await firstPage();
    act(() => row(1).focus());
    await userEvent.keyboard('{Enter}');
    expect(router.location().pathname).toBe('/customers/2');
    act(() => router.go(-1));
    await firstPage();
    await userEvent.click(within(row(2)).getByText('customer3@example.com'));
    expect(router.location().pathname).toBe('/customers/3');
  });

  it('selects a page, then everything matching; a new filter clears the selection', async () => {
    renderCustomersPage();
    await firstPage();
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Select all customers on this page' }),
    );
    expect(screen.getByText('25 selected')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Select all 60 matching customers' }));
    expect(screen.getByText('All 60 matching customers are selected.')).toBeTruthy();
    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search customers' }),
      'customer1{Enter}',
    );
    await waitFor(() => expect(screen.queryByText(/selected/)).toBeNull());
  });

  it('on v2 shows money in the store currency', async () => {
    renderCustomersPage({ version: 'v2' });
    await firstPage();
    await waitFor(() => expect(dataRows()[0]?.textContent).toContain('€1,234.50'));
  });

  it('on v1: shows when a customer registered, putting back the hour WooCommerce takes off', async () => {
    // v1 prints the GMT registration time read as site time: an hour early for a Berlin store.
    const index = {
      name: 'Shop',
      url: 'https://shop.test',
      namespaces: ['wc/v1'],
      timezone_string: 'Europe/Berlin',
      gmt_offset: 1,
    };
    const { customers } = renderCustomersPage({ version: 'v1', index });
    await firstPage();
    const printed = customers[0]?.date_created ?? '';
    const registered = formatUtcInstant(v1CreatedToGmt(printed, { name: 'Europe/Berlin' }), 'en');
    expect(registered).not.toBe(formatUtcInstant(printed, 'en'));
    await waitFor(() => expect(dataRows()[0]?.textContent).toContain(registered));
  });

  it('on v1: no role filter or column, order statistics shown, money without a guessed currency', async () => {
    renderCustomersPage({ version: 'v1', currency: null });
    await firstPage();
    expect(await screen.findByText(/did not tell its currency/)).toBeTruthy();
    expect(dataRows()[0]?.textContent).toContain('1,234.50');
    expect(dataRows()[0]?.textContent).not.toMatch(/[$€¥]/);
    expect(dataRows()[0]?.textContent).toContain('Order #500');
    expect(screen.queryByRole('columnheader', { name: /Role/ })).toBeNull();
    expect(screen.getByRole('columnheader', { name: /Last order/ })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
    const dialog = await screen.findByRole('dialog', { name: 'Filter customers' });
    expect(within(dialog).queryByRole('combobox', { name: 'Role' })).toBeNull();
  });
});
