import * as z from 'zod/mini';

/**
 * One custom field. Values are any JSON: WooCommerce turns numbers into strings, but plugins store
 * arrays and objects, and `null` on write deletes the key (9.x).
 */
export const MetaDataSchema = z.looseObject({
  id: z.optional(z.number().check(z.int())),
  key: z.string(),
  value: z.json(),
});

export type MetaData = z.infer<typeof MetaDataSchema>;
