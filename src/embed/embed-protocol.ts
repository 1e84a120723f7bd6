import * as z from 'zod/mini';

// The postMessage protocol between Customer Desk in an iframe and its host page. Every message
// carries `protocol` and `version`, so either side can refuse what it does not understand.
// Reference: docs/deployment.md, "Embedding: the postMessage protocol".

export const PROTOCOL = 'customer-desk';
export const PROTOCOL_VERSION = 1;

const Envelope = { protocol: z.literal(PROTOCOL), version: z.literal(PROTOCOL_VERSION) };

/** Host → app. Unknown fields are tolerated, so a newer host can talk to an older app. */
export const HostMessageSchema = z.discriminatedUnion('type', [
  z.looseObject({
    ...Envelope,
    type: z.literal('connect'),
    storeUrl: z.string().check(z.minLength(1)),
    consumerKey: z.string().check(z.minLength(1)),
    consumerSecret: z.string().check(z.minLength(1)),
    apiVersion: z.optional(z.enum(['auto', 'v1', 'v2', 'v3'])),
    authMode: z.optional(z.enum(['auto', 'basic', 'oauth1', 'query'])),
  }),
  z.looseObject({ ...Envelope, type: z.literal('disconnect') }),
  z.looseObject({
    ...Envelope,
    type: z.literal('theme'),
    mode: z.optional(z.enum(['light', 'dark', 'system'])),
    primaryColor: z.optional(z.string().check(z.regex(/^#[0-9a-f]{6}$/i))),
  }),
  z.looseObject({ ...Envelope, type: z.literal('locale'), locale: z.enum(['en', 'zh-CN']) }),
  z.looseObject({
    ...Envelope,
    type: z.literal('navigate'),
    // An app route such as /customers/42 or /customers?search=x; never another origin.
    path: z.string().check(z.maxLength(2000), z.regex(/^\/(?!\/)/)),
  }),
]);
export type HostMessage = z.infer<typeof HostMessageSchema>;

/** App → host. Deliberately no field can hold a key or a secret. */
export type AppEvent =
  | { type: 'ready'; connected: boolean; locale: string }
  | { type: 'height'; height: number }
  | { type: 'navigated'; path: string }
  | { type: 'connected'; storeName: string; apiVersion: string; access: string }
  | { type: 'connection-failed'; problem: string }
  | { type: 'disconnected' }
  | { type: 'customer-saved'; id: number }
  | { type: 'customer-created'; id: number }
  | { type: 'customer-deleted'; id: number }
  | { type: 'message-rejected'; reason: string };

export type AppMessage = AppEvent & { protocol: typeof PROTOCOL; version: typeof PROTOCOL_VERSION };

export function envelope(event: AppEvent): AppMessage {
  return { protocol: PROTOCOL, version: PROTOCOL_VERSION, ...event };
}

/** Our messages are recognisable: others on the same window (browser extensions…) are not ours. */
export function isForUs(data: unknown): data is { protocol: string; version: unknown } {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { protocol?: unknown }).protocol === PROTOCOL
  );
}
