import { useMemo } from 'react';
import type { BatchOperation } from '../model/batch-operation';
import { findConflicts, type ConflictReason } from '../model/queue-merge';
import { validateOperation, type FieldIssue } from '../model/validate-operation';

export interface QueueStatus {
  issues: Map<string, FieldIssue[]>;
  conflicts: Map<string, ConflictReason>;
  /** Operations that block sending (invalid or conflicting). */
  blocked: number;
}

// Operations are immutable: an edit makes a new object, and sending keeps the ones left untouched.
// So each is validated once, not again every time a chunk's answer shrinks a 10,000-item queue.
const validated = new WeakMap<BatchOperation, FieldIssue[]>();

function issuesOf(op: BatchOperation): FieldIssue[] {
  let found = validated.get(op);
  if (!found) {
    found = validateOperation(op);
    validated.set(op, found);
  }
  return found;
}

/** Validation and conflicts of the whole queue, recomputed only when the queue changes. */
export function useQueueStatus(ops: readonly BatchOperation[]): QueueStatus {
  return useMemo(() => {
    const issues = new Map<string, FieldIssue[]>();
    for (const op of ops) {
      const found = issuesOf(op);
      if (found.length > 0) issues.set(op.key, found);
    }
    const conflicts = findConflicts(ops);
    const blocked = ops.filter((op) => issues.has(op.key) || conflicts.has(op.key)).length;
    return { issues, conflicts, blocked };
  }, [ops]);
}
