import * as z from 'zod/mini';

export const ApiVersionSchema = z.enum(['v1', 'v2', 'v3']);
export const AuthModeSchema = z.enum(['auto', 'basic', 'query', 'oauth1']);

/** What the connect form collects; `version: 'auto'` means "use the newest the store offers". */
export const ConnectFormSchema = z.object({
  storeUrl: z
    .string()
    .check(z.trim(), z.minLength(1, 'required'), z.refine(isHttpUrl, 'invalidUrl')),
  version: z.enum(['auto', 'v1', 'v2', 'v3']),
  consumerKey: z.string().check(z.trim(), z.minLength(1, 'required')),
  consumerSecret: z.string().check(z.trim(), z.minLength(1, 'required')),
  authMode: AuthModeSchema,
  remember: z.boolean(),
});
export type ConnectFormValues = z.infer<typeof ConnectFormSchema>;

/** A connection that passed the test: what the app keeps for the session (or device). */
export const SavedConnectionSchema = z.object({
  storeUrl: z.string(),
  storeName: z.string(),
  version: ApiVersionSchema,
  authMode: AuthModeSchema,
  consumerKey: z.string(),
  consumerSecret: z.string(),
  remember: z.boolean(),
  access: z.enum(['read_write', 'read_only']),
});
export type SavedConnection = z.infer<typeof SavedConnectionSchema>;

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Store URLs are kept without a trailing slash, query or fragment so API paths join cleanly. */
export function normalizeStoreUrl(value: string): string {
  const url = new URL(value.trim());
  url.hash = '';
  url.search = '';
  return url.toString().replace(/\/+$/, '');
}

export function isLocalHost(storeUrl: string): boolean {
  const { hostname } = new URL(storeUrl);
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}
