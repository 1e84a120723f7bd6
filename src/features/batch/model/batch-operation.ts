import * as z from 'zod/mini';

// A queued change. Creates and updates carry flat field values (see customer-fields); updates and
// deletes name their customer by id and keep a label (email or name as last seen) so the queue can
// show who is affected without fetching. This shape is what localStorage holds, so it is a zod
// schema: a queue written by an older build or edited by hand is dropped item by item, not trusted.

export const OperationErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  /**
   * Set when the whole request failed (store down, key refused…): the kind of ApiError, so the
   * screen explains the cause and what to do, as it does everywhere else. Item errors have none.
   */
  kind: z.optional(z.string()),
  retryAfterSeconds: z.optional(z.number()),
});
export type OperationError = z.infer<typeof OperationErrorSchema>;

const common = {
  key: z.string().check(z.minLength(1)),
  /** The store's answer when the last send failed for this operation. */
  error: z.optional(OperationErrorSchema),
  /**
   * The request carrying this operation may have reached the store without an answer coming back
   * (connection dropped). Creates in that state are looked up by email before being sent again.
   */
  unknownOutcome: z.optional(z.boolean()),
};

const FieldValuesSchema = z.record(z.string(), z.string());

export const CreateOperationSchema = z.object({
  ...common,
  kind: z.literal('create'),
  fields: FieldValuesSchema,
});
export const UpdateOperationSchema = z.object({
  ...common,
  kind: z.literal('update'),
  id: z.int().check(z.positive()),
  label: z.optional(z.string()),
  fields: FieldValuesSchema,
});
export const DeleteOperationSchema = z.object({
  ...common,
  kind: z.literal('delete'),
  id: z.int().check(z.positive()),
  label: z.optional(z.string()),
});

export const BatchOperationSchema = z.discriminatedUnion('kind', [
  CreateOperationSchema,
  UpdateOperationSchema,
  DeleteOperationSchema,
]);

export type CreateOperation = z.infer<typeof CreateOperationSchema>;
export type UpdateOperation = z.infer<typeof UpdateOperationSchema>;
export type DeleteOperation = z.infer<typeof DeleteOperationSchema>;
export type BatchOperation = z.infer<typeof BatchOperationSchema>;
export type OperationKind = BatchOperation['kind'];

let counter = 0;
/** Unique within this browser: a time part plus a counter, so keys from two tabs do not collide. */
export function newOperationKey(): string {
  counter += 1;
  const random = Math.floor(Math.random() * 1e9).toString(36);
  return `${Date.now().toString(36)}-${random}-${counter.toString(36)}`;
}

export function countByKind(ops: readonly BatchOperation[]): Record<OperationKind, number> {
  const counts = { create: 0, update: 0, delete: 0 };
  for (const op of ops) counts[op.kind] += 1;
  return counts;
}

/** Who an operation is about, for lists and messages. */
export function targetOf(op: BatchOperation): string {
  if (op.kind === 'create') return op.fields.email ?? '';
  return op.label ? `#${op.id} ${op.label}` : `#${op.id}`;
}
