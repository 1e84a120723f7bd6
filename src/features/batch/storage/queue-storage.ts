import * as z from 'zod/mini';
import {
  BatchOperationSchema,
  OperationErrorSchema,
  type BatchOperation,
} from '../model/batch-operation';
import { applyOutcomes, type OperationOutcome } from '../model/apply-outcomes';

// The queue lives in localStorage, so it survives reload, a crash and a closed tab. One queue per
// store (the key holds the store URL: ids mean nothing on another store) and a format version in
// the key, so a later build with another shape starts a new key instead of misreading this one.
//
// While a queue is sent, each chunk's outcomes must be kept before the next answer arrives: a
// reload mid-send must neither send a done operation again nor lose a failure's message. Writing
// the whole queue again for every chunk of 100 wrote ~150 MB for a 10,000-row CSV and held the
// main thread for seconds, so a chunk's outcomes go to a small journal beside the queue instead,
// and the queue itself is written again once the journal holds JOURNAL_LIMIT outcomes. The saved
// queue is the queue with its journal applied.

const PREFIX = 'customer-desk.batch-queue.v1:';
const JOURNAL_PREFIX = 'customer-desk.batch-journal.v1:';

/** Outcomes the journal holds at most before the queue is written whole again. */
export const JOURNAL_LIMIT = 1000;

export function queueStorageKey(storeUrl: string): string {
  return `${PREFIX}${storeUrl}`;
}

export function journalStorageKey(storeUrl: string): string {
  return `${JOURNAL_PREFIX}${storeUrl}`;
}

/** A key whose change (in another tab) changes a saved queue: the queue's or its journal's. */
export function isQueueStorageKey(key: string | null): boolean {
  return key !== null && (key.startsWith(PREFIX) || key.startsWith(JOURNAL_PREFIX));
}

/**
 * A list kept as JSON under one field (`{ "ops": [...] }`), each item checked on its own: invalid
 * items (an older build's, or edited by hand) are dropped one by one and the rest is kept.
 */
function parseStoredList<T>(raw: string | null, field: string, item: z.ZodMiniType<T>): T[] {
  if (raw === null) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return [];
  }
  const stored = z.object({ [field]: z.array(z.unknown()) }).safeParse(parsed);
  if (!stored.success) return [];
  return (stored.data[field] ?? []).flatMap((value) => {
    const checked = item.safeParse(value);
    return checked.success ? [checked.data] : [];
  });
}

export function parseStoredQueue(raw: string | null): BatchOperation[] {
  return parseStoredList(raw, 'ops', BatchOperationSchema);
}

const OutcomeSchema = z.object({
  key: z.string(),
  status: z.enum(['done', 'failed', 'unknown']),
  error: z.optional(OperationErrorSchema),
});

/** The journal's outcomes (see the top of this file). */
export function parseJournal(raw: string | null): OperationOutcome[] {
  return parseStoredList(raw, 'outcomes', OutcomeSchema);
}

export function loadQueue(storeUrl: string): BatchOperation[] {
  try {
    // Reading `localStorage` itself throws where storage is blocked: inside the try.
    const ops = parseStoredQueue(window.localStorage.getItem(queueStorageKey(storeUrl)));
    const journal = parseJournal(window.localStorage.getItem(journalStorageKey(storeUrl)));
    return journal.length ? applyOutcomes(ops, journal) : ops;
  } catch {
    return [];
  }
}

/**
 * Writes the whole queue and empties its journal. An empty queue removes the key: it is cleared
 * only when everything succeeded or was discarded. The queue is written before the journal goes,
 * so a crash in between leaves a journal that the queue already holds (applying it again changes
 * nothing), never a queue that lacks it.
 */
export function saveQueue(storeUrl: string, ops: readonly BatchOperation[]): boolean {
  try {
    const key = queueStorageKey(storeUrl);
    if (ops.length === 0) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify({ ops }));
    window.localStorage.removeItem(journalStorageKey(storeUrl));
    return true;
  } catch {
    // Quota or blocked storage: the queue still works in this tab; the screen says it is not saved.
    return false;
  }
}

/**
 * Adds outcomes to the saved queue's journal (only over a queue that is saved). False, with
 * nothing written, when the journal would pass JOURNAL_LIMIT or storage refuses: the caller then
 * writes the whole queue.
 */
export function appendJournal(storeUrl: string, outcomes: readonly OperationOutcome[]): boolean {
  try {
    const key = journalStorageKey(storeUrl);
    const kept = parseJournal(window.localStorage.getItem(key));
    if (kept.length + outcomes.length > JOURNAL_LIMIT) return false;
    // Only what the queue needs: not the operation or the store's customer an outcome carries.
    const added = outcomes.map(({ key: opKey, status, error }) =>
      error ? { key: opKey, status, error } : { key: opKey, status },
    );
    window.localStorage.setItem(key, JSON.stringify({ outcomes: [...kept, ...added] }));
    return true;
  } catch {
    return false;
  }
}
