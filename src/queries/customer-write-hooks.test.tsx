import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../api/client';
import { customerKeys, customerQueries } from './customer-queries';
import { setupHooks as setup } from './hooks-test-harness';
import { useBatchCustomers } from './use-batch-customers';
import { useCreateCustomer } from './use-create-customer';
import { useCustomer } from './use-customer';
import { useCustomers } from './use-customers';
import { useDeleteCustomer } from './use-delete-customer';
import { useUpdateCustomer } from './use-update-customer';

const listPage = (client: ApiClient) => customerQueries.list(client, { page: 1, per_page: 2 });
describe('useUpdateCustomer', () => {
  it('writes the answer into the detail and list caches without refetching the detail', async () => {
    const { wrapper, queryClient, client, gets } = setup();
    const list = renderHook(() => useCustomers({ page: 1, per_page: 2 }), { wrapper });
    const detail = renderHook(() => useCustomer(2), { wrapper });
    await waitFor(() =>
      expect(detail.result.current.data && list.result.current.data).toBeDefined(),
    );
    const update = renderHook(() => useUpdateCustomer(), { wrapper });

    await act(() => update.result.current.mutateAsync({ id: 2, patch: { first_name: 'Beatriz' } }));

    await waitFor(() => expect(detail.result.current.data?.first_name).toBe('Beatriz'));
    expect(queryClient.getQueryData(listPage(client).queryKey)?.items[1]?.first_name).toBe(
      'Beatriz',
    );
    expect(gets('/wp-json/wc/v3/customers/2')).toBe(1);
    // Lists are marked stale for later, not refetched now.
    expect(gets('/wp-json/wc/v3/customers')).toBe(1);
    expect(queryClient.getQueryState(listPage(client).queryKey)?.isInvalidated).toBe(true);
  });
});

describe('useCreateCustomer', () => {
  it('seeds the detail and refreshes the lists', async () => {
    const { wrapper, queryClient, client, gets } = setup();
    const list = renderHook(() => useCustomers({ page: 1, per_page: 2 }), { wrapper });
    await waitFor(() => expect(list.result.current.data).toBeDefined());
    const create = renderHook(() => useCreateCustomer(), { wrapper });
    const created = await act(() =>
      create.result.current.mutateAsync({ email: 'new@example.com' }),
    );
    expect(
      queryClient.getQueryData(customerQueries.detail(client, created.id).queryKey)?.email,
    ).toBe('new@example.com');
    await waitFor(() => expect(list.result.current.data?.total).toBe(4));
    expect(gets('/wp-json/wc/v3/customers')).toBe(2);
  });
});

describe('useDeleteCustomer', () => {
  it('removes the detail and the row, and refreshes the lists', async () => {
    const { wrapper, queryClient, client, calls } = setup();
    const list = renderHook(() => useCustomers({ page: 1, per_page: 2 }), { wrapper });
    await waitFor(() => expect(list.result.current.data).toBeDefined());
    await queryClient.prefetchQuery(customerQueries.detail(client, 1));
    const remove = renderHook(() => useDeleteCustomer(), { wrapper });
    await act(() => remove.result.current.mutateAsync({ id: 1 }));
    expect(calls.find((c) => c.method === 'DELETE')?.url.search).toBe('?force=true');
    expect(queryClient.getQueryData(customerKeys.detail(client, 1))).toBeUndefined();
    await waitFor(() => expect(list.result.current.data?.items.map((c) => c.id)).toEqual([2, 3]));
    expect(list.result.current.data?.total).toBe(2);
  });
});

describe('useBatchCustomers', () => {
  it('applies successful items to the cache and leaves failed ones to the caller', async () => {
    const { wrapper, queryClient, client } = setup();
    const list = renderHook(() => useCustomers({ page: 1, per_page: 2 }), { wrapper });
    await waitFor(() => expect(list.result.current.data).toBeDefined());
    await queryClient.prefetchQuery(customerQueries.detail(client, 2));
    const batch = renderHook(() => useBatchCustomers(), { wrapper });
    const result = await act(() =>
      batch.result.current.mutateAsync({
        update: [{ id: 1, last_name: 'Costa' }],
        delete: [2, 42],
      }),
    );
    expect(result.delete?.[1]).toMatchObject({
      id: 42,
      error: { code: 'woocommerce_rest_invalid_id' },
    });
    expect(queryClient.getQueryData(customerKeys.detail(client, 2))).toBeUndefined();
    expect(queryClient.getQueryData(customerQueries.detail(client, 1).queryKey)?.last_name).toBe(
      'Costa',
    );
    await waitFor(() => expect(list.result.current.data?.items.map((c) => c.id)).toEqual([1, 3]));
    expect(list.result.current.data?.items[0]?.last_name).toBe('Costa');
  });

  it('refuses an unsafe body without calling the store', async () => {
    const { wrapper, calls } = setup();
    const batch = renderHook(() => useBatchCustomers(), { wrapper });
    const unsafe = JSON.parse('{"delete":[{"id":2}]}') as { delete: number[] };
    await act(async () => {
      await expect(batch.result.current.mutateAsync(unsafe)).rejects.toMatchObject({
        code: 'customer_desk_invalid_batch',
      });
    });
    expect(calls).toHaveLength(0);
  });
});
