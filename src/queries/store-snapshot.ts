import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '../api/client';
import { readJson, writeJson } from '../lib/local-storage';
import { storeCurrencyQuery } from './store-currency';
import { storeQueries } from './store-queries';

// What the app learns about a store once and then rarely changes: its `/wp-json/` index (name,
// namespaces, analytics) and its currency. Kept per store and version, so a reload shows the grid
// without asking for them first; they are asked again in the background once the rows are shown.
// Neither is secret (the index is public; the currency is on every price), so they may outlive the
// session like the column layout does.

const SNAPSHOT_KEY = 'customer-desk.store-snapshot';

interface Snapshot {
  index?: { data: unknown; at: number };
  currency?: { data: unknown; at: number };
}

type Snapshots = Record<string, Snapshot>;

function storeId(client: ApiClient): string {
  return `${client.config.storeUrl} ${client.config.version}`;
}

function readSnapshots(): Snapshots {
  const saved = readJson(SNAPSHOT_KEY);
  return saved && typeof saved === 'object' ? (saved as Snapshots) : {};
}

function parts(client: ApiClient) {
  return { index: storeQueries.index(client), currency: storeCurrencyQuery(client) } as const;
}

let revalidatePending: (() => void) | undefined;

/**
 * Asks the store again for what was seeded from the last visit, once: the grid calls it when its
 * first rows are on screen, main.tsx a little later in case another screen was opened first.
 */
export function revalidateStoreSnapshot(): void {
  const revalidate = revalidatePending;
  revalidatePending = undefined;
  // In a task of its own. Called from the grid's effect, a fetch started at once would change
  // the index query's result before a parent's subscription to it (the search hint's) is set up in
  // the same commit; React then finds the result changed and redraws that whole screen at once,
  // synchronously (50-80 ms of a cold load). Started later, the change reaches the query's
  // observers as a notification, which the hint ignores unless its data changed.
  if (revalidate) setTimeout(revalidate, 0);
}

/** Puts what was kept about this store into the cache, as data of the time it was fetched. */
export function seedStoreSnapshot(queryClient: QueryClient, client: ApiClient): void {
  const saved = readSnapshots()[storeId(client)] ?? {};
  const queries = parts(client);
  const seeded: (keyof Snapshot)[] = [];
  for (const name of ['index', 'currency'] as const) {
    const entry = saved[name];
    const { queryKey } = queries[name];
    if (!entry || queryClient.getQueryData(queryKey) !== undefined) continue;
    // A stored index holds plain data (it was parsed when first fetched); its shape is the
    // query's own, checked again when the background refetch answers.
    queryClient.setQueryData(queryKey, entry.data as never, { updatedAt: entry.at });
    seeded.push(name);
  }
  if (seeded.length === 0) return;
  revalidatePending = () => {
    // fetchQuery rather than refetchQueries: the seeded entry may have no observer yet, and so no
    // query function of its own. A failed revalidation keeps the kept answer.
    const again = { staleTime: 0, retry: false } as const;
    if (seeded.includes('index'))
      void queryClient.fetchQuery({ ...queries.index, ...again }).catch(() => undefined);
    if (seeded.includes('currency'))
      void queryClient.fetchQuery({ ...queries.currency, ...again }).catch(() => undefined);
  };
}

/** Keeps each fresh answer for the index and the currency for the next reload. */
export function keepStoreSnapshots(queryClient: QueryClient, client: ApiClient): () => void {
  const queries = parts(client);
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success') return;
    const key = JSON.stringify(event.query.queryKey);
    const name = (['index', 'currency'] as const).find(
      (part) => JSON.stringify(queries[part].queryKey) === key,
    );
    if (!name || event.action.manual) return;
    const all = readSnapshots();
    const id = storeId(client);
    all[id] = { ...all[id], [name]: { data: event.query.state.data, at: Date.now() } };
    writeJson(SNAPSHOT_KEY, all);
  });
}
