import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../api/client';
import { customerKeys } from '../../queries/customer-queries';
import { findCachedCustomer } from './find-cached-customer';

const client = createClient({
  storeUrl: 'https://shop.test',
  version: 'v3',
  consumerKey: 'ck',
  consumerSecret: 'cs',
  authMode: 'basic',
  fetch: () => Promise.reject(new Error('no network in this test')),
});

describe('findCachedCustomer', () => {
  it('finds the row in any cached list page, preferring the copy with the most fields', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(customerKeys.list(client, { page: 1 }), {
      items: [
        { id: 4, email: 'a@example.com' },
        { id: 7, email: 'b@example.com' },
      ],
      total: 2,
      totalPages: 1,
    });
    queryClient.setQueryData(customerKeys.list(client, { page: 2, search: 'b' }), {
      items: [{ id: 7, email: 'b@example.com', first_name: 'Bea' }],
      total: 1,
      totalPages: 1,
    });
    expect(findCachedCustomer(queryClient, client, 7)).toEqual({
      id: 7,
      email: 'b@example.com',
      first_name: 'Bea',
    });
    expect(findCachedCustomer(queryClient, client, 4)?.email).toBe('a@example.com');
    expect(findCachedCustomer(queryClient, client, 99)).toBeUndefined();
  });

  it('ignores another store’s cache', () => {
    const queryClient = new QueryClient();
    const other = createClient({
      ...client.config,
      storeUrl: 'https://other.test',
      fetch: client.config.fetch,
    });
    queryClient.setQueryData(customerKeys.list(other, { page: 1 }), {
      items: [{ id: 7 }],
      total: 1,
      totalPages: 1,
    });
    expect(findCachedCustomer(queryClient, client, 7)).toBeUndefined();
  });
});
