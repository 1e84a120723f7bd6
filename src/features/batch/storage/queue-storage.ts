import * as z from 'zod/mini';
import { BatchOperationSchema, type BatchOperation } from '../model/batch-operation';

// The queue lives in localStorage, so it survives reload, a crash and a closed tab. One queue per
// store (the key holds the store URL: ids mean nothing on another store) and a format version in
// the key, so a later build with another shape starts a new key instead of misreading this one.

const PREFIX = 'customer-desk.batch-queue.v1:';

export function queueStorageKey(storeUrl: string): string {
  return `${PREFIX}${storeUrl}`;
}

export function isQueueStorageKey(key: string | null): boolean {
  return key !== null && key.startsWith(PREFIX);
}

const StoredQueueSchema = z.object({ ops: z.array(z.unknown()) });

/** Invalid items are dropped one by one; the rest of the queue is kept. */
export function parseStoredQueue(raw: string | null): BatchOperation[] {
  if (raw === null) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return [];
  }
  const stored = StoredQueueSchema.safeParse(parsed);
  if (!stored.success) return [];
  return stored.data.ops.flatMap((item) => {
    const op = BatchOperationSchema.safeParse(item);
    return op.success ? [op.data] : [];
  });
}

export function loadQueue(storeUrl: string): BatchOperation[] {
  try {
    // Reading `localStorage` itself throws where storage is blocked: inside the try.
    return parseStoredQueue(window.localStorage.getItem(queueStorageKey(storeUrl)));
  } catch {
    return [];
  }
}

/** An empty queue removes the key: it is cleared only when everything succeeded or was discarded. */
export function saveQueue(storeUrl: string, ops: readonly BatchOperation[]): boolean {
  try {
    const key = queueStorageKey(storeUrl);
    if (ops.length === 0) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify({ ops }));
    return true;
  } catch {
    // Quota or blocked storage: the queue still works in this tab; the screen says it is not saved.
    return false;
  }
}
