import { QueryClient } from '@tanstack/react-query';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createClient } from '../api/client';
import { keepStoreSnapshots, revalidateStoreSnapshot, seedStoreSnapshot } from './store-snapshot';
import { storeQueries } from './store-queries';

// A reload must not wait for the store's index: what the last visit learnt is put in the cache at
// boot, and asked again only when revalidateStoreSnapshot() is called (after the rows show).

const INDEX = {
  name: 'Snapshot shop',
  description: '',
  url: 'https://shop.test',
  home: 'https://shop.test',
  namespaces: ['wc/v3', 'wc-analytics'],
};

function clientWith(fetch: typeof globalThis.fetch) {
  return createClient({
    storeUrl: 'https://shop.test',
    version: 'v3',
    consumerKey: 'ck_x',
    consumerSecret: 'cs_x',
    authMode: 'basic',
    fetch,
  });
}

const answer = () =>
  Promise.resolve(
    new Response(JSON.stringify(INDEX), { headers: { 'Content-Type': 'application/json' } }),
  );

beforeEach(() => localStorage.clear());

describe('store snapshot', () => {
  it('keeps the index of one visit, seeds the next without a request, and revalidates on demand', async () => {
    const firstFetch = vi.fn(answer);
    const first = new QueryClient();
    const firstClient = clientWith(firstFetch);
    const stop = keepStoreSnapshots(first, firstClient);
    await first.fetchQuery(storeQueries.index(firstClient));
    stop();
    expect(firstFetch).toHaveBeenCalledTimes(1);

    const nextFetch = vi.fn(answer);
    const next = new QueryClient();
    const nextClient = clientWith(nextFetch);
    seedStoreSnapshot(next, nextClient);
    expect(next.getQueryData(storeQueries.index(nextClient).queryKey)).toMatchObject({
      name: 'Snapshot shop',
      hasAnalytics: true,
    });
    // A component asking for it now gets the kept answer: nothing is sent.
    await next.ensureQueryData(storeQueries.index(nextClient));
    expect(nextFetch).not.toHaveBeenCalled();

    revalidateStoreSnapshot();
    // Not in the caller's task (the grid's effect): see revalidateStoreSnapshot.
    expect(nextFetch).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(nextFetch).toHaveBeenCalledTimes(1));
    // Once only: a second call does not ask again.
    revalidateStoreSnapshot();
    expect(nextFetch).toHaveBeenCalledTimes(1);
  });

  it('seeds nothing for a store never seen, so its index is fetched as usual', async () => {
    const fetch = vi.fn(answer);
    const queryClient = new QueryClient();
    const client = clientWith(fetch);
    seedStoreSnapshot(queryClient, client);
    expect(queryClient.getQueryData(storeQueries.index(client).queryKey)).toBeUndefined();
    await queryClient.fetchQuery(storeQueries.index(client));
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
