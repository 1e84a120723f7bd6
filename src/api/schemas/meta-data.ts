import { z } from 'zod';

/**
 * One custom field. Values are any JSON: WooCommerce turns numbers into strings, but plugins store
 * arrays and objects, and `null` on write deletes the key (9.x).
 */
export const MetaDataSchema = z.looseObject({
  id: z.number().int().optional(),
  key: z.string(),
  value: z.json(),
});

export type MetaData = z.infer<typeof MetaDataSchema>;
