import * as z from 'zod/mini';

/** The WordPress REST index at `/wp-json/`; we only need who the site is and what it serves. */
export const WpIndexSchema = z.looseObject({
  name: z.string(),
  description: z.optional(z.string()),
  url: z.string(),
  home: z.optional(z.string()),
  namespaces: z.array(z.string()),
  /** The site's IANA zone; empty when it is set as a fixed offset (`UTC+5:30`). */
  timezone_string: z.optional(z.string()),
  /** Hours from UTC now (WordPress has kept it as a number or a numeric string). */
  gmt_offset: z.optional(z.union([z.number(), z.string()])),
});

export type WpIndex = z.infer<typeof WpIndexSchema>;
