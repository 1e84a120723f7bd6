import type { BatchOperation, UpdateOperation } from './batch-operation';

// What happens when an operation joins a queue that already holds one for the same customer:
// - update + update → one update; later values win field by field.
// - update + delete → the delete alone (the update would be lost with the customer anyway).
// - delete + delete → one delete.
// - delete + update → both kept and flagged: sending would update a customer about to be deleted,
//   and only the user knows which one they meant.
// - two creates with the same email → both flagged: the store would refuse the second.

function mergeUpdate(existing: UpdateOperation, incoming: UpdateOperation): UpdateOperation {
  return {
    ...existing,
    label: incoming.label ?? existing.label,
    fields: { ...existing.fields, ...incoming.fields },
    error: undefined,
  };
}

export function addOperations(
  queue: readonly BatchOperation[],
  incoming: readonly BatchOperation[],
): BatchOperation[] {
  const next = [...queue];
  // Index by customer id of the last update/delete, so 10,000 additions stay linear.
  const byId = new Map<number, number>();
  next.forEach((op, index) => {
    if (op.kind !== 'create') byId.set(op.id, index);
  });
  for (const op of incoming) {
    if (op.kind === 'create') {
      next.push(op);
      continue;
    }
    const index = byId.get(op.id);
    const existing = index === undefined ? undefined : next[index];
    if (index !== undefined && existing && existing.kind !== 'create') {
      if (existing.kind === 'update' && op.kind === 'update') {
        next[index] = mergeUpdate(existing, op);
        continue;
      }
      if (op.kind === 'delete') {
        // Delete wins over an earlier update; a repeated delete is the same delete.
        next[index] = { ...op, label: op.label ?? existing.label };
        continue;
      }
    }
    byId.set(op.id, next.length);
    next.push(op);
  }
  return next;
}

export type ConflictReason = 'updateOfDeleted' | 'duplicateCreateEmail';

/** Operations that cannot be sent as they stand, by key. */
export function findConflicts(queue: readonly BatchOperation[]): Map<string, ConflictReason> {
  const conflicts = new Map<string, ConflictReason>();
  const deleted = new Set<number>();
  const updated = new Set<number>();
  const createsByEmail = new Map<string, string[]>();
  for (const op of queue) {
    if (op.kind === 'delete') deleted.add(op.id);
    if (op.kind === 'update') updated.add(op.id);
    if (op.kind === 'create') {
      const email = (op.fields.email ?? '').trim().toLowerCase();
      if (email === '') continue;
      createsByEmail.set(email, [...(createsByEmail.get(email) ?? []), op.key]);
    }
  }
  for (const op of queue) {
    if (op.kind === 'update' && deleted.has(op.id)) conflicts.set(op.key, 'updateOfDeleted');
    if (op.kind === 'delete' && updated.has(op.id)) conflicts.set(op.key, 'updateOfDeleted');
  }
  for (const keys of createsByEmail.values()) {
    if (keys.length > 1) for (const key of keys) conflicts.set(key, 'duplicateCreateEmail');
  }
  return conflicts;
}
