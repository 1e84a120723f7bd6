import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { customerKeys } from './customer-queries';
import { setupHooks as setup } from './hooks-test-harness';
import { useCustomer } from './use-customer';
import { useCustomerDownloads } from './use-customer-downloads';
import { useCustomers } from './use-customers';

describe('customer query keys', () => {
  it('start with the store identity and version', () => {
    const { client } = setup();
    expect(customerKeys.detail(client, 5)).toEqual([
      'store',
      'https://shop.test',
      'v3',
      'customers',
      'detail',
      5,
    ]);
    // Orders and the analytics row hang off the detail: removing it drops them too.
    expect(customerKeys.orders(client, 5)).toEqual([...customerKeys.detail(client, 5), 'orders']);
    expect(customerKeys.analytics(client, 5)).toEqual([
      ...customerKeys.detail(client, 5),
      'analytics',
    ]);
    expect(customerKeys.list(client, { page: 2 })).toEqual([
      'store',
      'https://shop.test',
      'v3',
      'customers',
      'list',
      { page: 2 },
    ]);
  });
});

describe('useCustomers', () => {
  it('returns the page with its totals', async () => {
    const { wrapper } = setup();
    const { result } = renderHook(() => useCustomers({ page: 1, per_page: 2 }), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.items.map((c) => c.id)).toEqual([1, 2]);
    expect(result.current.data).toMatchObject({ total: 3, totalPages: 2 });
  });
});

describe('useCustomer and useCustomerDownloads', () => {
  it('read one customer and their downloads; a missing one is not_found', async () => {
    const { wrapper } = setup();
    const detail = renderHook(() => useCustomer(3), { wrapper });
    const downloads = renderHook(() => useCustomerDownloads(3), { wrapper });
    const missing = renderHook(() => useCustomer(404), { wrapper });
    await waitFor(() => expect(detail.result.current.data?.email).toBe('customer3@example.com'));
    await waitFor(() => expect(downloads.result.current.data).toEqual([]));
    await waitFor(() => expect(missing.result.current.error).toMatchObject({ kind: 'not_found' }));
  });
});
