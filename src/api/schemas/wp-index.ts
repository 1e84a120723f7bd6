import * as z from 'zod/mini';

/** The WordPress REST index at `/wp-json/`; we only need who the site is and what it serves. */
export const WpIndexSchema = z.looseObject({
  name: z.string(),
  description: z.optional(z.string()),
  url: z.string(),
  home: z.optional(z.string()),
  namespaces: z.array(z.string()),
});

export type WpIndex = z.infer<typeof WpIndexSchema>;
