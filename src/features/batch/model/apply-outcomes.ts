import type { BatchOperation, OperationError } from './batch-operation';

/**
 * What a send did to one operation, without the operation or the store's object: a sent chunk's
 * outcomes (send/result-map.ts) are this, and so is what the saved queue's journal keeps of them
 * (storage/queue-storage.ts).
 */
export interface OperationOutcome {
  key: string;
  status: 'done' | 'failed' | 'unknown';
  error?: OperationError;
}

/**
 * Done operations leave the queue; failed ones stay with the store's message for fixing. Applying
 * the same outcomes twice gives the same queue (the journal may be read over a queue it is in).
 */
export function applyOutcomes(
  queue: readonly BatchOperation[],
  outcomes: readonly OperationOutcome[],
): BatchOperation[] {
  const byKey = new Map(outcomes.map((outcome) => [outcome.key, outcome]));
  const next: BatchOperation[] = [];
  for (const op of queue) {
    const outcome = byKey.get(op.key);
    if (!outcome) next.push(op);
    else if (outcome.status === 'failed')
      next.push({ ...op, error: outcome.error, unknownOutcome: false });
    else if (outcome.status === 'unknown')
      next.push({ ...op, error: outcome.error, unknownOutcome: true });
  }
  return next;
}
