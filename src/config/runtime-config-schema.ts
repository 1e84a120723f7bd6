import * as z from 'zod/mini';

// `config.json` next to index.html: what a deployment may set without rebuilding. Strict objects,
// so a misspelt key ("storUrl") is an error naming it rather than a setting silently ignored.
// Custom messages are problem kinds (`kind` or `kind:detail`), translated by the error page.

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** `https://portal.example.com` or `http://127.0.0.1:8080`: scheme, host, port; nothing else. */
export function isOrigin(value: string): boolean {
  if (!isHttpUrl(value)) return false;
  return new URL(value).origin === value;
}

const allowed = z._default(z.boolean(), true);
const StaffMayChangeSchema = z.strictObject({
  storeUrl: allowed,
  apiVersion: allowed,
  authMode: allowed,
  locale: allowed,
  theme: allowed,
});

const EmbedSchema = z.strictObject({
  /** Always run without the outer chrome, as if every URL carried `?embed`. */
  enabled: z._default(z.boolean(), false),
  /** Host pages allowed to talk to the app by postMessage. Empty: no messages at all. */
  allowedOrigins: z._default(z.array(z.string().check(z.refine(isOrigin, 'notOrigin'))), []),
});

// Settings the boot also reads from the last visit (config/boot-settings.ts), with the same rules.
export const PageSizeSchema = z.union(
  [z.literal(10), z.literal(25), z.literal(50), z.literal(100)],
  {
    error: 'notOneOf:10, 25, 50, 100',
  },
);
export const AvatarsSchema = z.enum(['initials', 'gravatar']);
export const TimeoutSecondsSchema = z.number().check(z.int(), z.minimum(1), z.maximum(300));

export const RuntimeConfigSchema = z
  .strictObject({
    /** Free-form note for whoever edits the file; ignored by the app. */
    $comment: z.optional(z.string()),
    storeUrl: z.optional(z.string().check(z.refine(isHttpUrl, 'notHttpUrl'))),
    apiVersion: z._default(z.enum(['auto', 'v1', 'v2', 'v3']), 'auto'),
    authMode: z._default(z.enum(['auto', 'basic', 'oauth1', 'query']), 'auto'),
    defaultLocale: z.optional(z.enum(['en', 'zh-CN'])),
    pageSize: z.optional(PageSizeSchema),
    /**
     * Customers' pictures: `initials` are drawn in the browser; `gravatar` shows the store's
     * `avatar_url`, which sends every listed customer's email hash to Gravatar (opt-in).
     */
    avatars: z._default(AvatarsSchema, 'initials'),
    /** How long one request may take before the app gives up (and a read is retried). */
    requestTimeoutSeconds: z._default(TimeoutSecondsSchema, 30),
    embed: z._default(EmbedSchema, { enabled: false, allowedOrigins: [] }),
    staffMayChange: z._default(StaffMayChangeSchema, {
      storeUrl: true,
      apiVersion: true,
      authMode: true,
      locale: true,
      theme: true,
    }),
  })
  .check(
    z.superRefine((config, ctx) => {
      // A locked store address needs an address to lock to.
      if (!config.staffMayChange.storeUrl && !config.storeUrl) {
        ctx.addIssue({
          code: 'custom',
          path: ['storeUrl'],
          message: 'requiredWhenLocked:staffMayChange.storeUrl',
        });
      }
      if (!config.staffMayChange.locale && !config.defaultLocale) {
        ctx.addIssue({
          code: 'custom',
          path: ['defaultLocale'],
          message: 'requiredWhenLocked:staffMayChange.locale',
        });
      }
    }),
  );

export type RuntimeConfig = z.infer<typeof RuntimeConfigSchema>;

/** What the app does with no config.json at all. */
export const DEFAULT_RUNTIME_CONFIG: RuntimeConfig = RuntimeConfigSchema.parse({});
