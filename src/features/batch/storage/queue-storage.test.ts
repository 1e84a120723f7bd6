import { afterEach, describe, expect, it } from 'vitest';
import { loadQueue, parseStoredQueue, queueStorageKey, saveQueue } from './queue-storage';

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
