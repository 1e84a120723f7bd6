import { MAX_BATCH_ITEMS } from '../../../api/endpoints/batch-guard';
import type { BatchRequest } from '../../../api/schemas/batch';
import type { BatchOperation } from '../model/batch-operation';
import { toCustomerInput } from '../../../lib/customer-fields';

// A queue becomes requests of at most 100 items (WooCommerce counts create + update + delete
// together and answers 413 above that). The store answers each list in the order sent, so each
// chunk remembers which operation sits at which index of which list.

export interface Chunk {
  body: BatchRequest;
  creates: BatchOperation[];
  updates: BatchOperation[];
  deletes: BatchOperation[];
}

export function chunkOperations(
  ops: readonly BatchOperation[],
  size: number = MAX_BATCH_ITEMS,
): Chunk[] {
  if (!Number.isInteger(size) || size < 1 || size > MAX_BATCH_ITEMS) {
    throw new RangeError(`chunk size must be 1–${MAX_BATCH_ITEMS}`);
  }
  const chunks: Chunk[] = [];
  for (let start = 0; start < ops.length; start += size) {
    chunks.push(buildChunk(ops.slice(start, start + size)));
  }
  return chunks;
}

function buildChunk(ops: readonly BatchOperation[]): Chunk {
  const chunk: Chunk = { body: {}, creates: [], updates: [], deletes: [] };
  const create = [];
  const update = [];
  const del: number[] = [];
  for (const op of ops) {
    if (op.kind === 'create') {
      chunk.creates.push(op);
      create.push(toCustomerInput(op.fields));
    } else if (op.kind === 'update') {
      chunk.updates.push(op);
      update.push({ ...toCustomerInput(op.fields), id: op.id });
    } else {
      chunk.deletes.push(op);
      // A plain integer: an object here would be cast to 1 and delete the administrator.
      del.push(op.id);
    }
  }
  // Only the lists that have items: an empty list is noise in the request and the log.
  if (create.length > 0) chunk.body.create = create;
  if (update.length > 0) chunk.body.update = update;
  if (del.length > 0) chunk.body.delete = del;
  return chunk;
}

export function chunkSize(chunk: Chunk): number {
  return chunk.creates.length + chunk.updates.length + chunk.deletes.length;
}
