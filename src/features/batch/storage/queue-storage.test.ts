import { afterEach, describe, expect, it } from 'vitest';
import type { BatchOperation } from '../model/batch-operation';
import { getQueueSnapshot, isQueueSaved, recordOutcomes, updateQueue } from './batch-queue-store';
import {
  isQueueStorageKey,
  JOURNAL_LIMIT,
  journalStorageKey,
  loadQueue,
  parseJournal,
  parseStoredQueue,
  queueStorageKey,
  saveQueue,
} from './queue-storage';

afterEach(() => localStorage.clear());

describe('queue storage', () => {
  it('round-trips a queue per store and removes the key when it is empty', () => {
    const ops = [{ key: 'a', kind: 'delete' as const, id: 4 }];
    expect(saveQueue('https://a.test', ops)).toBe(true);
    expect(loadQueue('https://a.test')).toEqual(ops);
    expect(loadQueue('https://b.test')).toEqual([]);
    saveQueue('https://a.test', []);
    expect(localStorage.getItem(queueStorageKey('https://a.test'))).toBeNull();
  });

  it('drops malformed items one by one and survives garbage', () => {
    const raw = JSON.stringify({
      ops: [{ key: 'a', kind: 'delete', id: 4 }, { key: 'b', kind: 'delete', id: { id: 1 } }, 7],
    });
    expect(parseStoredQueue(raw)).toEqual([{ key: 'a', kind: 'delete', id: 4 }]);
    expect(parseStoredQueue('{not json')).toEqual([]);
    expect(parseStoredQueue('[1,2]')).toEqual([]);
  });
});

const deletes = (count: number, from = 1): BatchOperation[] =>
  Array.from({ length: count }, (_, i) => ({ key: `d${from + i}`, kind: 'delete', id: from + i }));
const storedQueue = (store: string) => localStorage.getItem(queueStorageKey(store));
const storedJournal = (store: string) => localStorage.getItem(journalStorageKey(store));

describe("a sent chunk's outcomes", () => {
  it('go to the journal, not into a rewrite of the queue, and a reload reads both', () => {
    const store = 'https://journal.test';
    updateQueue(store, () => deletes(4));
    const queueBefore = storedQueue(store);
    const error = { code: 'woocommerce_rest_invalid_id', message: 'Invalid ID.' };
    recordOutcomes(store, [
      { key: 'd1', status: 'done' },
      { key: 'd2', status: 'failed', error },
    ]);
    expect(storedQueue(store)).toBe(queueBefore);
    expect(parseJournal(storedJournal(store))).toHaveLength(2);
    const expected = [{ ...deletes(1, 2)[0], error, unknownOutcome: false }, ...deletes(2, 3)];
    expect(getQueueSnapshot(store)).toEqual(expected);
    expect(isQueueSaved(store)).toBe(true);
    // What a reload (or another tab) reads: the saved queue with its journal applied.
    expect(loadQueue(store)).toEqual(expected);
  });

  it('keep only what the queue needs: not the operation or the store answer', () => {
    const store = 'https://journal-lean.test';
    updateQueue(store, () => deletes(2));
    const outcome = {
      key: 'd1',
      status: 'done' as const,
      op: deletes(1)[0],
      customer: { id: 1, email: 'someone@example.com' },
    };
    recordOutcomes(store, [outcome]);
    expect(JSON.parse(storedJournal(store) ?? 'null')).toEqual({
      outcomes: [{ key: 'd1', status: 'done' }],
    });
  });

  it('write the whole queue again once the journal is full, and empty the journal', () => {
    const store = 'https://journal-full.test';
    updateQueue(store, () => deletes(JOURNAL_LIMIT + 200));
    const done = (from: number, count: number) =>
      deletes(count, from).map((op) => ({ key: op.key, status: 'done' as const }));
    recordOutcomes(store, done(1, JOURNAL_LIMIT));
    expect(parseJournal(storedJournal(store))).toHaveLength(JOURNAL_LIMIT);
    recordOutcomes(store, done(JOURNAL_LIMIT + 1, 100));
    expect(storedJournal(store)).toBeNull();
    expect(parseStoredQueue(storedQueue(store))).toEqual(deletes(100, JOURNAL_LIMIT + 101));
    expect(loadQueue(store)).toEqual(getQueueSnapshot(store));
  });

  it('any other change writes the whole queue and empties the journal', () => {
    const store = 'https://journal-edit.test';
    updateQueue(store, () => deletes(3));
    recordOutcomes(store, [{ key: 'd1', status: 'done' }]);
    updateQueue(store, (ops) => ops.filter((op) => op.key !== 'd3'));
    expect(storedJournal(store)).toBeNull();
    expect(loadQueue(store)).toEqual(deletes(1, 2));
  });

  it('the last one empties the queue: both keys go', () => {
    const store = 'https://journal-empty.test';
    updateQueue(store, () => deletes(2));
    recordOutcomes(store, [{ key: 'd1', status: 'done' }]);
    recordOutcomes(store, [{ key: 'd2', status: 'done' }]);
    expect(storedQueue(store)).toBeNull();
    expect(storedJournal(store)).toBeNull();
  });

  it('read again over a queue that already holds them change nothing (a crash between the two writes)', () => {
    const store = 'https://journal-crash.test';
    const error = { code: 'x', message: 'Failed.' };
    const journal = JSON.stringify({
      outcomes: [
        { key: 'd1', status: 'done' },
        { key: 'd2', status: 'unknown', error },
      ],
    });
    saveQueue(store, deletes(3));
    localStorage.setItem(journalStorageKey(store), journal);
    const once = loadQueue(store);
    saveQueue(store, once);
    localStorage.setItem(journalStorageKey(store), journal);
    expect(loadQueue(store)).toEqual(once);
    expect(once).toEqual([{ ...deletes(1, 2)[0], error, unknownOutcome: true }, ...deletes(1, 3)]);
  });

  it('a journal change in another tab is a queue change; bad entries are dropped one by one', () => {
    expect(isQueueStorageKey(journalStorageKey('https://a.test'))).toBe(true);
    const raw = JSON.stringify({
      outcomes: [{ key: 'a', status: 'done' }, { key: 'b', status: 'sent' }, 4],
    });
    expect(parseJournal(raw)).toEqual([{ key: 'a', status: 'done' }]);
    expect(parseJournal('{')).toEqual([]);
  });
});

describe('queue storage where the browser blocks storage', () => {
  it('loads an empty queue, refuses to save, and the queue says it is not saved from the start', async () => {
    const { blockStorage } = await import('../../../test/block-storage');
    const { isQueueSaved, updateQueue, getQueueSnapshot } = await import('./batch-queue-store');
    const unblock = blockStorage();
    try {
      expect(loadQueue('https://blocked.test')).toEqual([]);
      expect(saveQueue('https://blocked.test', [{ key: 'a', kind: 'delete', id: 4 }])).toBe(false);
      expect(isQueueSaved('https://blocked.test')).toBe(false);
      // Still a working queue for this page.
      updateQueue('https://blocked.test', () => [{ key: 'a', kind: 'delete', id: 4 }]);
      expect(getQueueSnapshot('https://blocked.test')).toHaveLength(1);
      expect(isQueueSaved('https://blocked.test')).toBe(false);
    } finally {
      unblock();
    }
  });
});
