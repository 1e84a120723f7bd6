import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as customerText from '../../../lib/customer-text';
import { customerName } from '../../../lib/customer-text';
import type { CustomerPartial } from '../../../api/schemas/customer';
import { renderCustomersPage } from './grid-test-harness';

// A render counter on the rows: GridRow works out its customer's name exactly once per render
// (and no other part of the grid asks for names), so the customers passed to `customerName`
// are the rows that rendered.
vi.mock('../../../lib/customer-text', async (importOriginal) => {
  const actual = await importOriginal<typeof customerText>();
  return { ...actual, customerName: vi.fn(actual.customerName) };
});

const counted = vi.mocked(customerName);
const renderedIds = () => counted.mock.calls.map(([customer]: [CustomerPartial]) => customer.id);

afterEach(() => localStorage.clear());

const table = () => screen.getByRole('table', { name: 'Customers' });

describe('grid rows', { timeout: 30_000 }, () => {
  it('selecting one row re-renders that row alone; selecting the page re-renders every row', async () => {
    const { customers } = renderCustomersPage();
    await waitFor(() => expect(within(table()).getAllByRole('row')).toHaveLength(26), {
      timeout: 10_000,
    });
    const third = customers[2]!; // sorted by name, so the third row
    const box = screen.getByRole('checkbox', { name: `Select ${third.first_name} Test` });

    counted.mockClear();
    await userEvent.click(box);
    await waitFor(() => expect(box).toHaveProperty('checked', true));
    expect(screen.getByText('1 selected')).toBeTruthy();
    expect(new Set(renderedIds())).toEqual(new Set([third.id]));

    // The counter does see other rows when they change: the page's box selects all 25.
    counted.mockClear();
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Select all customers on this page' }),
    );
    await waitFor(() => expect(screen.getByText('25 selected')).toBeTruthy());
    expect(new Set(renderedIds()).size).toBe(24);
    expect(renderedIds()).not.toContain(third.id);
  });
});
