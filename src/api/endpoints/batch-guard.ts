import { ApiError } from '../errors';
import { BatchRequestSchema, type BatchRequest } from '../schemas/batch';
import { describe, isPositiveId } from './ids';

/** WooCommerce's own limit (413 above it), counted over create + update + delete together. */
export const MAX_BATCH_ITEMS = 100;

function refuse(message: string, params?: Record<string, string>): never {
  throw new ApiError({ kind: 'validation', code: 'customer_desk_invalid_batch', message, params });
}

function listOf(body: Record<string, unknown>, key: string): unknown[] {
  const value = body[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) refuse(`"${key}" must be a list.`);
  return value;
}

/**
 * The batch endpoint trusts its input far more than the single ones: a delete entry that is not an
 * integer is cast to 1 (the administrator), and update items are not validated (a bad email
 * blanks the address). So the whole body is checked here and only the parsed copy is sent.
 */
export function checkBatchRequest(body: unknown): BatchRequest {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    refuse('A batch must be an object with create, update and/or delete.');
  }
  const record = body as Record<string, unknown>;
  const create = listOf(record, 'create');
  const update = listOf(record, 'update');
  const del = listOf(record, 'delete');

  del.forEach((id, i) => {
    if (!isPositiveId(id)) refuse(`delete[${i}] must be a customer id, not ${describe(id)}.`);
  });
  update.forEach((item, i) => {
    const id: unknown =
      item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
    if (!isPositiveId(id)) refuse(`update[${i}] needs the positive integer id of the customer.`);
  });
  const count = create.length + update.length + del.length;
  if (count > MAX_BATCH_ITEMS) {
    throw new ApiError({
      kind: 'validation',
      code: 'customer_desk_batch_too_large',
      message: `A batch holds at most ${MAX_BATCH_ITEMS} items; this one has ${count}.`,
    });
  }

  const result = BatchRequestSchema.safeParse(body);
  if (!result.success) {
    const params = Object.fromEntries(
      result.error.issues.map((issue) => [issue.path.map(String).join('.'), issue.message]),
    );
    refuse(`Invalid batch item(s): ${Object.keys(params).join(', ')}.`, params);
  }
  return result.data;
}
