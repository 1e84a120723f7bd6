import type { BatchOperation } from './batch-operation';
import type { Outcome } from '../send/result-map';

/** Done operations leave the queue; failed ones stay with the store's message for fixing. */
export function applyOutcomes(
  queue: readonly BatchOperation[],
  outcomes: readonly Outcome[],
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
