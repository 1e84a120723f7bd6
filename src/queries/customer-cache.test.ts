import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { makeCustomer } from '../api/testing/customer-fixtures';
import { setupClient } from '../api/testing/client-setup';
import { forgetCustomers, writeCustomers } from './customer-cache';
import { customerKeys } from './customer-queries';

function cacheWithTwoPages() {
  const { client } = setupClient();
  const queryClient = new QueryClient();
  const page = (ids: number[], total = 6) => ({
    items: ids.map((id) => makeCustomer(id)),
    total,
    totalPages: 2,
  });
  const first = customerKeys.list(client, { page: 1, per_page: 3 });
  const second = customerKeys.list(client, { page: 2, per_page: 3 });
  queryClient.setQueryData(first, page([1, 2, 3]));
  queryClient.setQueryData(second, page([4, 5, 6]));
  for (const id of [2, 5]) {
    queryClient.setQueryData(customerKeys.detail(client, id), makeCustomer(id));
    queryClient.setQueryData(customerKeys.downloads(client, id), []);
  }
  const ids = (key: readonly unknown[]) =>
    queryClient.getQueryData<{ items: { id: number }[] }>(key)?.items.map((row) => row.id);
  return { client, queryClient, first, second, ids };
}

describe('writeCustomers', () => {
  it('puts every answer in its detail and its rows, across pages, in one call', () => {
    const { client, queryClient, first, second } = cacheWithTwoPages();
    writeCustomers(queryClient, client, [
      makeCustomer(2, { first_name: 'Bea' }),
      makeCustomer(5, { first_name: 'Eve' }),
      makeCustomer(9, { first_name: 'New' }),
    ]);
    const names = (key: readonly unknown[]) =>
      queryClient
        .getQueryData<{ items: { first_name: string }[] }>(key)
        ?.items.map((row) => row.first_name);
    expect(names(first)).toEqual(['Ana', 'Bea', 'Ana']);
    expect(names(second)).toEqual(['Ana', 'Eve', 'Ana']);
    expect(queryClient.getQueryData(customerKeys.detail(client, 9))).toMatchObject({
      first_name: 'New',
    });
  });
});

describe('forgetCustomers', () => {
  it('drops the rows, details and downloads of every id, and lowers each page total by its own rows', () => {
    const { client, queryClient, first, second, ids } = cacheWithTwoPages();
    forgetCustomers(queryClient, client, [2, 3, 5]);
    expect(ids(first)).toEqual([1]);
    expect(ids(second)).toEqual([4, 6]);
    expect(queryClient.getQueryData<{ total: number }>(first)?.total).toBe(4);
    expect(queryClient.getQueryData<{ total: number }>(second)?.total).toBe(5);
    for (const id of [2, 5]) {
      expect(queryClient.getQueryData(customerKeys.detail(client, id))).toBeUndefined();
      expect(queryClient.getQueryData(customerKeys.downloads(client, id))).toBeUndefined();
    }
  });

  it('leaves other customers’ details alone', () => {
    const { client, queryClient } = cacheWithTwoPages();
    forgetCustomers(queryClient, client, [2]);
    expect(queryClient.getQueryData(customerKeys.detail(client, 5))).toBeDefined();
    expect(queryClient.getQueryData(customerKeys.downloads(client, 5))).toBeDefined();
  });
});
