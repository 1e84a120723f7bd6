import * as z from 'zod/mini';
import type { ApiVersion } from '../client';
import { customerSchemaFor, type Customer } from './customer';
import { CustomerCreateInputSchema, CustomerUpdateInputSchema } from './customer-input';

/**
 * Delete entries must be plain positive integers: WooCommerce casts anything else with (int), so
 * `{"id": 5}` becomes 1 and deletes user 1, usually the administrator.
 */
export const BatchDeleteIdsSchema = z.array(z.int().check(z.positive()));

export const BatchUpdateItemSchema = z.extend(CustomerUpdateInputSchema, {
  id: z.int().check(z.positive()),
});

export const BatchRequestSchema = z.strictObject({
  create: z.optional(z.array(CustomerCreateInputSchema)),
  update: z.optional(z.array(BatchUpdateItemSchema)),
  delete: z.optional(BatchDeleteIdsSchema),
});

export type BatchRequest = z.input<typeof BatchRequestSchema>;
export type BatchUpdateItem = z.input<typeof BatchUpdateItemSchema>;

/** A failed item: id 0 for creates, the given id (or null) for updates and deletes. */
export const BatchItemErrorSchema = z.looseObject({
  id: z.nullable(z.number().check(z.int())),
  error: z.looseObject({
    code: z.string(),
    message: z.string(),
    data: z.optional(z.unknown()),
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
export function batchResponseSchemaFor(version: ApiVersion): z.ZodMiniType<BatchResponse> {
  // Error first: a customer object never has `error`, but an error item is not a customer.
  const item = z.union([BatchItemErrorSchema, customerSchemaFor(version)]);
  const list = z.optional(z.array(item));
  const response = z.looseObject({ create: list, update: list, delete: list });
  const empty = z.pipe(
    z.array(z.never()),
    z.transform((): BatchResponse => ({})),
  );
  return z.union([response, empty]);
}

/** The customers of the items that succeeded (a batch answers 200 even when some items failed). */
export function batchSuccesses(items: readonly BatchItem[] | undefined): Customer[] {
  return (items ?? []).filter((item): item is Customer => !isBatchItemError(item));
}
