import type { BatchOperation } from '../model/batch-operation';
import { applyOutcomes, type OperationOutcome } from '../model/apply-outcomes';
import { canKeep } from '../../../lib/safe-storage';
import { appendJournal, isQueueStorageKey, loadQueue, saveQueue } from './queue-storage';

// One queue per store, shared by every screen (the nav count, the grid's "Add to batch", the
// editor) without a provider: a tiny external store for useSyncExternalStore. Every change is
// written through at once; another tab's change arrives through the `storage` event.

interface Held {
  storeUrl: string;
  ops: readonly BatchOperation[];
  saved: boolean;
}

let held: Held | undefined;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function current(storeUrl: string): Held {
  // Storage blocked (a cross-site iframe) is known before the first change: say so from the start.
  if (held?.storeUrl !== storeUrl)
    held = { storeUrl, ops: loadQueue(storeUrl), saved: canKeep('local') };
  return held;
}

export function getQueueSnapshot(storeUrl: string): readonly BatchOperation[] {
  return current(storeUrl).ops;
}

export function isQueueSaved(storeUrl: string): boolean {
  return current(storeUrl).saved;
}

export function updateQueue(
  storeUrl: string,
  change: (ops: readonly BatchOperation[]) => readonly BatchOperation[],
): void {
  const ops = change(current(storeUrl).ops);
  held = { storeUrl, ops, saved: saveQueue(storeUrl, ops) };
  notify();
}

/**
 * A sent chunk's outcomes: done operations leave the queue, failed ones keep the store's message.
 * Kept as a journal entry beside the saved queue, not by writing the whole queue again
 * (queue-storage.ts), unless the queue is not saved, empties, or the journal is full.
 */
export function recordOutcomes(storeUrl: string, outcomes: readonly OperationOutcome[]): void {
  const { ops, saved } = current(storeUrl);
  const next = applyOutcomes(ops, outcomes);
  const journaled = saved && next.length > 0 && appendJournal(storeUrl, outcomes);
  held = { storeUrl, ops: next, saved: journaled || saveQueue(storeUrl, next) };
  notify();
}

export function subscribeQueue(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key !== null && !isQueueStorageKey(event.key)) return;
    held = undefined;
    notify();
  });
}
