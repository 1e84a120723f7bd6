import { z } from 'zod';
import type { ApiVersion } from '../client';
import { customerSchemaFor, type Customer } from './customer';
import { CustomerCreateInputSchema, CustomerUpdateInputSchema } from './customer-input';

/**
 * Delete entries must be plain positive integers: WooCommerce casts anything else with (int), so
 * `{"id": 5}` becomes 1 and deletes user 1, usually the administrator.
 */
export const BatchDeleteIdsSchema = z.array(z.int().positive());

export const BatchUpdateItemSchema = CustomerUpdateInputSchema.extend({ id: z.int().positive() });

export const BatchRequestSchema = z.strictObject({
  create: z.array(CustomerCreateInputSchema).optional(),
  update: z.array(BatchUpdateItemSchema).optional(),
  delete: BatchDeleteIdsSchema.optional(),
});

export type BatchRequest = z.input<typeof BatchRequestSchema>;
export type BatchUpdateItem = z.input<typeof BatchUpdateItemSchema>;

/** A failed item: id 0 for creates, the given id (or null) for updates and deletes. */
export const BatchItemErrorSchema = z.looseObject({
  id: z.number().int().nullable(),
  error: z.looseObject({
    code: z.string(),
    message: z.string(),
    data: z.unknown().optional(),
  }),
});

export type BatchItemError = z.infer<typeof BatchItemErrorSchema>;
export type BatchItem = Customer | BatchItemError;

export interface BatchResponse {
  create?: BatchItem[];
  update?: BatchItem[];
  delete?: BatchItem[];
}

export function isBatchItemError(item: unknown): item is BatchItemError {
  return BatchItemErrorSchema.safeParse(item).success;
}

/** Only the keys sent come back; WooCommerce answers `[]` (a PHP empty array) for `{}`. */
export function batchResponseSchemaFor(version: ApiVersion): z.ZodType<BatchResponse> {
  // Error first: a customer object never has `error`, but an error item is not a customer.
  const item = z.union([BatchItemErrorSchema, customerSchemaFor(version)]);
  const list = z.array(item).optional();
  const response = z.looseObject({ create: list, update: list, delete: list });
  return z.union([response, z.array(z.never()).transform((): BatchResponse => ({}))]);
}

/** The customers of the items that succeeded (a batch answers 200 even when some items failed). */
export function batchSuccesses(items: readonly BatchItem[] | undefined): Customer[] {
  return (items ?? []).filter((item): item is Customer => !isBatchItemError(item));
}
