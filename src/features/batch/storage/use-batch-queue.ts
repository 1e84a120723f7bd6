import { useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import { ApiClientContext } from '../../../session/api-client-context';
import type { BatchOperation } from '../model/batch-operation';
import { addOperations } from '../model/queue-merge';
import type { OperationOutcome } from '../model/apply-outcomes';
import {
  getQueueSnapshot,
  isQueueSaved,
  recordOutcomes,
  subscribeQueue,
  updateQueue,
} from './batch-queue-store';

const EMPTY: readonly BatchOperation[] = [];

/** The connected store's queue and the ways to change it; empty when no store is connected. */
export function useBatchQueue() {
  // From the client rather than the connection: whatever provides a store client has a queue.
  const storeUrl = useContext(ApiClientContext)?.config.storeUrl;
  const ops = useSyncExternalStore(subscribeQueue, () =>
    storeUrl === undefined ? EMPTY : getQueueSnapshot(storeUrl),
  );
  const saved = useSyncExternalStore(subscribeQueue, () =>
    storeUrl === undefined ? true : isQueueSaved(storeUrl),
  );
  const change = useCallback(
    (fn: (ops: readonly BatchOperation[]) => readonly BatchOperation[]) => {
      if (storeUrl !== undefined) updateQueue(storeUrl, fn);
    },
    [storeUrl],
  );

  return useMemo(
    () => ({
      ops,
      saved,
      change,
      add: (incoming: readonly BatchOperation[]) => change((q) => addOperations(q, incoming)),
      replace: (op: BatchOperation) =>
        change((q) => q.map((item) => (item.key === op.key ? op : item))),
      remove: (keys: readonly string[]) => {
        const gone = new Set(keys);
        change((q) => q.filter((op) => !gone.has(op.key)));
      },
      discard: () => change(() => EMPTY),
      /** A sent chunk's outcomes (see recordOutcomes). */
      record: (outcomes: readonly OperationOutcome[]) => {
        if (storeUrl !== undefined) recordOutcomes(storeUrl, outcomes);
      },
    }),
    [ops, saved, change, storeUrl],
  );
}
