import {
  RuntimeConfigSchema,
  DEFAULT_RUNTIME_CONFIG,
  type RuntimeConfig,
} from './runtime-config-schema';

export interface ConfigProblem {
  /** Dotted path of the offending field (`embed.allowedOrigins.0`), or `config.json` itself. */
  field: string;
  message: string;
}

export type RuntimeConfigResult =
  | { ok: true; config: RuntimeConfig; source: 'file' | 'defaults' }
  | { ok: false; problems: ConfigProblem[] };

const FILE = 'config.json';

function failed(message: string): RuntimeConfigResult {
  return { ok: false, problems: [{ field: FILE, message }] };
}

/** Zod's issues as "field: message" pairs a person can act on. */
export function parseRuntimeConfig(data: unknown): RuntimeConfigResult {
  const parsed = RuntimeConfigSchema.safeParse(data);
  if (parsed.success) return { ok: true, config: parsed.data, source: 'file' };
  return {
    ok: false,
    problems: parsed.error.issues
      .map((issue) => {
        // An unknown key is reported on its parent; name the key itself.
        const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
        return keys.map((key) => ({
          field: [...issue.path, ...(key === undefined ? [] : [key])].map(String).join('.') || FILE,
          message: issue.code === 'unrecognized_keys' ? 'is not a known setting' : issue.message,
        }));
      })
      .flat(),
  };
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
    return failed('could not be fetched (network error)');
  }
  const type = response.headers.get('Content-Type') ?? '';
  if (response.status === 404 || (response.ok && type.includes('text/html'))) {
    return { ok: true, config: DEFAULT_RUNTIME_CONFIG, source: 'defaults' };
  }
  if (!response.ok) return failed(`could not be read: the server answered ${response.status}`);
  let data: unknown;
  try {
    data = JSON.parse(await response.text());
  } catch (error) {
    return failed(`is not valid JSON (${error instanceof Error ? error.message : 'parse error'})`);
  }
  return parseRuntimeConfig(data);
}
