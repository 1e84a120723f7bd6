import { z } from 'zod';

/** The WordPress REST index at `/wp-json/`; we only need who the site is and what it serves. */
export const WpIndexSchema = z.looseObject({
  name: z.string(),
  description: z.string().optional(),
  url: z.string(),
  home: z.string().optional(),
  namespaces: z.array(z.string()),
});

export type WpIndex = z.infer<typeof WpIndexSchema>;
