import { htmlToText } from '../../../api/html-text';
import { isBatchItemError, type BatchItem, type BatchResponse } from '../../../api/schemas/batch';
import type { Customer } from '../../../api/schemas/customer';
import type { BatchOperation, OperationError } from '../model/batch-operation';
import type { Chunk } from './chunks';

// Each operation's fate, read from the answer's lists by position. A batch answers 200 even when
// items failed, so every item is looked at; an item the answer does not account for is an error
// too, never silently "done".

export type Outcome =
  /** `customer` is the store's object; absent for a delete found already done. */
  | { key: string; status: 'done'; op: BatchOperation; customer?: Customer }
  | { key: string; status: 'failed'; op: BatchOperation; error: OperationError }
  /** The request may or may not have been applied (connection lost): check before re-sending. */
  | { key: string; status: 'unknown'; op: BatchOperation; error: OperationError };

const MISSING: OperationError = {
  code: 'customer_desk_missing_result',
  message: 'The store did not report a result for this operation.',
};

function outcomeOf(op: BatchOperation, item: BatchItem | undefined): Outcome {
  if (item === undefined) return { key: op.key, status: 'failed', op, error: MISSING };
  if (isBatchItemError(item)) {
    // WordPress messages may hold HTML (a login link for a taken email): shown as text only.
    const error = { code: item.error.code, message: htmlToText(item.error.message) };
    return { key: op.key, status: 'failed', op, error };
  }
  return { key: op.key, status: 'done', op, customer: item };
}

export function mapChunkResult(chunk: Chunk, response: BatchResponse): Outcome[] {
  return [
    ...chunk.creates.map((op, i) => outcomeOf(op, response.create?.[i])),
    ...chunk.updates.map((op, i) => outcomeOf(op, response.update?.[i])),
    ...chunk.deletes.map((op, i) => outcomeOf(op, response.delete?.[i])),
  ];
}

/** Every operation of a chunk that failed as a whole (413, refused key, store error…). */
export function failChunk(chunk: Chunk, error: OperationError, unknown: boolean): Outcome[] {
  const status = unknown ? 'unknown' : 'failed';
  return [...chunk.creates, ...chunk.updates, ...chunk.deletes].map((op) => ({
    key: op.key,
    status,
    op,
    error,
  }));
}
