import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderAdvancedSearch } from './advanced-search-test-harness';

// The index compares as MySQL does: case- and accent-insensitively.
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const results = () => screen.getByRole('table', { name: 'Customers in the analytics index' });
const bodyRows = () => within(results()).getAllByRole('row').slice(1);

async function loaded() {
  // 25 rows of MUI cells take a while to render in jsdom on a loaded machine.
  await waitFor(() => expect(within(results()).getAllByRole('row').length).toBeGreaterThan(2), {
    timeout: 10_000,
  });
}

describe('advanced search', { timeout: 30_000 }, () => {
  it('lists the index newest first with totals, guests read-only and registered rows linked', async () => {
    const { reportCalls } = renderAdvancedSearch({ route: '/customers/search?order=asc' });
    await loaded();
    // Ascending registration puts guests (no registration) first, as MySQL sorts NULL first.
    const guestRow = bodyRows()[0]!;
    expect(within(guestRow).getByText('Guest (no account)')).toBeDefined();
    expect(within(guestRow).queryByRole('link')).toBeNull();
    expect(within(guestRow).queryByRole('checkbox')).toBeNull();
    const registered = bodyRows().find((row) => within(row).queryByRole('link'));
    expect(within(registered!).getByRole('link').getAttribute('href')).toMatch(
      /^\/customers\/\d+$/,
    );
    expect(reportCalls()[0]?.searchParams.get('per_page')).toBe('25');
    expect(reportCalls()[0]?.searchParams.get('order')).toBe('asc');
  });

  it('sends the search, its field and match=any from the URL, and reads the result count', async () => {
    const { reportCalls, store } = renderAdvancedSearch({
      route: '/customers/search?search=an&searchby=name&match=any&orders_count_min=1',
    });
    await loaded();
    const sent = reportCalls().at(-1)!.searchParams;
    expect(sent.get('search')).toBe('an');
    expect(sent.get('searchby')).toBe('name');
    expect(sent.get('match')).toBe('any');
    expect(sent.get('orders_count_min')).toBe('1');
    const expected = store.state.analytics
      .rows()
      .filter((row) => fold(row.name).includes('an') && row.ordersCount >= 1).length;
    const pages = screen.getByRole('navigation', { name: 'Result pages' });
    expect(within(pages).getByRole('status').textContent).toBe(`1–${expected} of ${expected}`);
    expect(screen.getByText(/a customer must meet at least one of each kind used/)).toBeDefined();
  });

  it('picks registered rows for the batch editor, and a new condition clears the pick', async () => {
    const user = userEvent.setup();
    renderAdvancedSearch({ route: '/customers/search?per_page=10' });
    await loaded();
    const boxes = within(results()).getAllByRole('checkbox', { name: /^Select (?!all)/ });
    await user.click(boxes[0]!);
    await user.click(boxes[1]!);
    const picked = screen.getByRole('status', { name: 'picked user ids' });
    expect(picked.textContent?.split(',')).toHaveLength(2);
    expect(screen.getByText('Registered customers selected: 2')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    const dialog = await screen.findByRole('dialog', { name: 'Filter the index' });
    await user.type(within(dialog).getByLabelText('Orders at least'), '2');
    await user.click(within(dialog).getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(picked.textContent).toBe(''));
    expect(await screen.findByRole('button', { name: 'Orders: ≥ 2' })).toBeDefined();
  });

  it('shows a mistake beside its field and keeps what was typed', async () => {
    const user = userEvent.setup();
    const { router, reportCalls } = renderAdvancedSearch({
      route: '/customers/search?per_page=10',
    });
    await loaded();
    const before = reportCalls().length;
    await user.click(screen.getByRole('button', { name: 'Filters' }));
    const dialog = await screen.findByRole('dialog', { name: 'Filter the index' });
    await user.type(within(dialog).getByLabelText('Country is'), 'Germany');
    await user.type(within(dialog).getByLabelText('Total spend at least'), '500');
    await user.type(within(dialog).getByLabelText('Total spend at most'), '100');
    await user.click(within(dialog).getByRole('button', { name: 'Apply filters' }));
    expect(
      within(dialog).getByText('Use two-letter country codes such as DE or FR.'),
    ).toBeDefined();
    expect(within(dialog).getByText('The lower bound is above the upper bound.')).toBeDefined();
    expect(within(dialog).getByLabelText<HTMLInputElement>('Country is').value).toBe('Germany');
    expect(router.location().search).toBe('?per_page=10');
    expect(reportCalls()).toHaveLength(before);
  });

  it('says why there is no advanced search on a store without wc-analytics', async () => {
    const { reportCalls } = renderAdvancedSearch({ namespaces: ['wc/v3', 'wp/v2'] });
    expect(
      await screen.findByText('Advanced search is not available for this store'),
    ).toBeDefined();
    expect(screen.queryByRole('link', { name: 'Advanced search' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Back to all customers' })).toBeDefined();
    expect(reportCalls()).toHaveLength(0);
  });
});
