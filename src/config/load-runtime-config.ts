import type * as z from 'zod/mini';
import {
  RuntimeConfigSchema,
  DEFAULT_RUNTIME_CONFIG,
  type RuntimeConfig,
} from './runtime-config-schema';

/** What can be wrong with config.json; each has a translated sentence on the error page. */
export type ConfigProblemKind =
  | 'unknownSetting'
  | 'notOneOf'
  | 'wrongType'
  | 'notHttpUrl'
  | 'notOrigin'
  | 'requiredWhenLocked'
  | 'notJson'
  | 'unreadable'
  | 'unreachable'
  | 'invalid';

export interface ConfigProblem {
  /** Dotted path of the offending field (`embed.allowedOrigins.0`), or `config.json` itself. */
  field: string;
  kind: ConfigProblemKind;
  /** Allowed values, expected type, HTTP status…: shown as is inside the sentence. */
  detail: string;
}

export type RuntimeConfigResult =
  | { ok: true; config: RuntimeConfig; source: 'file' | 'defaults' }
  | { ok: false; problems: ConfigProblem[] };

const FILE = 'config.json';
const OWN_KINDS = new Set<string>(['notOneOf', 'notHttpUrl', 'notOrigin', 'requiredWhenLocked']);

function failed(kind: ConfigProblemKind, detail = ''): RuntimeConfigResult {
  return { ok: false, problems: [{ field: FILE, kind, detail }] };
}

function describe(issue: z.core.$ZodIssue): Pick<ConfigProblem, 'kind' | 'detail'> {
  if (issue.code === 'invalid_value') {
    return { kind: 'notOneOf', detail: issue.values.map(String).join(', ') };
  }
  if (issue.code === 'invalid_type') return { kind: 'wrongType', detail: issue.expected };
  // The schema's own messages are `kind` or `kind:detail`.
  const [kind = '', ...rest] = issue.message.split(':');
  if (OWN_KINDS.has(kind)) return { kind: kind as ConfigProblemKind, detail: rest.join(':') };
  return { kind: 'invalid', detail: issue.message };
}

/** Zod's issues as (field, problem) pairs a person can act on. */
export function parseRuntimeConfig(data: unknown): RuntimeConfigResult {
  const parsed = RuntimeConfigSchema.safeParse(data);
  if (parsed.success) return { ok: true, config: parsed.data, source: 'file' };
  const problems = parsed.error.issues.flatMap((issue): ConfigProblem[] => {
    const path = issue.path.map(String);
    // An unknown key is reported on its parent; name the key itself.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: [...path, key].join('.'),
        kind: 'unknownSetting',
        detail: '',
      }));
    }
    return [{ field: path.join('.') || FILE, ...describe(issue) }];
  });
  return { ok: false, problems };
}

/**
 * Reads `config.json` next to index.html before the app renders. No file (404) means defaults;
 * so does an HTML answer, which is how hosts with an SPA fallback answer for a missing file.
 * Anything else that is not a valid file stops the app with the reason.
 */
export async function loadRuntimeConfig(
  baseUrl: string = document.baseURI,
  fetchImpl: typeof fetch = fetch,
): Promise<RuntimeConfigResult> {
  let response: Response;
  try {
    // `no-cache`: revalidate every time, so an edited file applies on the next load.
    response = await fetchImpl(new URL(FILE, baseUrl), {
      cache: 'no-cache',
      headers: { Accept: 'application/json' },
    });
  } catch {
    return failed('unreachable');
  }
  const type = response.headers.get('Content-Type') ?? '';
  if (response.status === 404 || (response.ok && type.includes('text/html'))) {
    return { ok: true, config: DEFAULT_RUNTIME_CONFIG, source: 'defaults' };
  }
  if (!response.ok) return failed('unreadable', String(response.status));
  let data: unknown;
  try {
    data = JSON.parse(await response.text());
  } catch (error) {
    return failed('notJson', error instanceof Error ? error.message : '');
  }
  return parseRuntimeConfig(data);
}
