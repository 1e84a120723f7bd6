import * as z from 'zod/mini';

/** One download permission of a customer. v1 lacks product_name and access_expires_gmt. */
export const DownloadSchema = z.looseObject({
  download_id: z.string(),
  download_url: z.string(),
  product_id: z.number().check(z.int()),
  product_name: z.optional(z.string()),
  download_name: z.string(),
  order_id: z.number().check(z.int()),
  order_key: z.string(),
  // "unlimited" or a count; documented as a string but some versions send the number itself.
  downloads_remaining: z.pipe(z.union([z.string(), z.number()]), z.transform(String)),
  // "never" or a local date.
  access_expires: z.string(),
  access_expires_gmt: z.optional(z.string()),
  file: z.looseObject({ name: z.string(), file: z.string() }),
});

export const DownloadListSchema = z.array(DownloadSchema);

export type Download = z.infer<typeof DownloadSchema>;
