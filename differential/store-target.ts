import { execFile } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import OAuth from 'oauth-1.0a';

// One way to talk to either store — the real WooCommerce of ../shared/real-store or the demo
// store — over its public REST API, signed by the reference OAuth library (never the app's code).
// Used by the differential suite, the real-store e2e fixtures and the benchmarks.

/** How a request authenticates; the `wrong*`/`bad*` variants are the failures the suite compares. */
export type AuthMode =
  | 'none'
  | 'basic'
  | 'query'
  | 'oauth-header'
  | 'oauth-query'
  | 'oauth-bad-signature'
  | 'oauth-missing-param'
  | 'oauth-old-timestamp';

export interface Keys {
  key: string;
  secret: string;
  readKey: string;
  readSecret: string;
}

export interface StoreTarget {
  name: string;
  /** Plain http: only OAuth 1.0a authenticates there. */
  httpUrl: string;
  /** TLS (or http seen by PHP as TLS): Basic and query keys. */
  httpsUrl: string;
  keys: Keys;
  /** Sends one request: `fetch` for a server, the handler for an in-process demo store. */
  send: (request: Request) => Promise<Response>;
}

export interface StoreRequest {
  method?: string;
  /** Under /wp-json, e.g. `/wc/v3/customers`; or a full path starting with `//` left as is. */
  path: string;
  query?: Record<string, string | number>;
  body?: unknown;
  /** Raw body text (malformed JSON), sent with a JSON content type. */
  rawBody?: string;
  auth?: AuthMode;
  scheme?: 'http' | 'https';
  /** Use the read-only key, or a key/secret the store does not know. */
  key?: 'write' | 'read' | 'unknown-key' | 'wrong-secret';
  headers?: Record<string, string>;
  /** Outside /wp-json (e.g. `/?rest_route=/wc/v3/customers`). */
  rawPath?: boolean;
}

export interface StoreAnswer {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

// Setup.sh's defaults, overridable the same way (the same variable names).
const REAL_DEFAULT_KEYS: Keys = {
  key: 'ck_a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
  secret: 'cs_f1e2d3c4b5a69788796a5b4c3d2e1f0987654321',
  readKey: 'ck_r0r0r0r0r0r0r0r0r0r0r0r0r0r0r0r0r0r0r0r0',
  readSecret: 'cs_r0r0r0r0r0r0r0r0r0r0r0r0r0r0r0r0r0r0r0r0',
};

/** Where ../shared/real-store/setup.sh put the store (same environment variables as it reads). */
export function realStoreTarget(env: NodeJS.ProcessEnv = process.env): StoreTarget {
  // The store's certificate is self-signed and made by setup.sh; only this process trusts it.
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
  return {
    name: 'real',
    httpUrl: env.REAL_STORE_HTTP_URL ?? `http://127.0.0.1:${env.HTTP_PORT ?? 8080}`,
    httpsUrl: env.REAL_STORE_HTTPS_URL ?? `https://127.0.0.1:${env.HTTPS_PORT ?? 8443}`,
    keys: {
      key: env.KEY ?? REAL_DEFAULT_KEYS.key,
      secret: env.SECRET ?? REAL_DEFAULT_KEYS.secret,
      readKey: env.READ_KEY ?? REAL_DEFAULT_KEYS.readKey,
      readSecret: env.READ_SECRET ?? REAL_DEFAULT_KEYS.readSecret,
    },
    send: (request) => fetch(request),
  };
}

/** Fails with a message saying what to run when the real store does not answer. */
export async function assertReachable(target: StoreTarget): Promise<void> {
  for (const base of [target.httpUrl, target.httpsUrl]) {
    const answer = await target
      .send(new Request(`${base}/wp-json/wc/v3`, { signal: AbortSignal.timeout(10_000) }))
      .catch((error: unknown) => error as Error);
    if (answer instanceof Response && answer.ok) continue;
    const why = answer instanceof Response ? `HTTP ${answer.status}` : answer.message;
    throw new Error(
      `The real WooCommerce store does not answer at ${base}/wp-json/wc/v3 (${why}).\n` +
        'Start it first: ../shared/real-store/setup.sh (needs root and Debian packages; see README.md, "Testing against a real store").',
    );
  }
}

function oauthFor(consumer: { key: string; secret: string }) {
  return new OAuth({
    consumer,
    signature_method: 'HMAC-SHA256',
    hash_function: (base, key) => createHmac('sha256', key).update(base).digest('base64'),
  });
}

function credentials(target: StoreTarget, which: StoreRequest['key']) {
  const { keys } = target;
  if (which === 'read') return { key: keys.readKey, secret: keys.readSecret };
  if (which === 'unknown-key') return { key: `ck_${'0'.repeat(40)}`, secret: keys.secret };
  if (which === 'wrong-secret') return { key: keys.key, secret: `cs_${'0'.repeat(40)}` };
  return { key: keys.key, secret: keys.secret };
}

function signedOauth(url: URL, method: string, request: StoreRequest, target: StoreTarget) {
  const oauth = oauthFor(credentials(target, request.key));
  // An hour old: outside the ±15 minutes WooCommerce accepts, yet correctly signed.
  if (request.auth === 'oauth-old-timestamp')
    oauth.getTimeStamp = () => Math.floor(Date.now() / 1000) - 3600;
  const signed = oauth.authorize({ url: url.toString(), method });
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(signed)) params[name] = String(value);
  if (request.auth === 'oauth-bad-signature')
    params.oauth_signature = randomBytes(32).toString('base64');
  if (request.auth === 'oauth-missing-param') delete params.oauth_nonce;
  return params;
}

/** Builds the Request for `spec` on `target` (signing it as asked). */
export function buildRequest(target: StoreTarget, spec: StoreRequest): Request {
  const method = spec.method ?? 'GET';
  const base = spec.scheme === 'https' ? target.httpsUrl : target.httpUrl;
  const url = new URL(spec.rawPath ? `${base}${spec.path}` : `${base}/wp-json${spec.path}`);
  for (const [name, value] of Object.entries(spec.query ?? {}))
    url.searchParams.set(name, String(value));
  const headers = new Headers(spec.headers);
  const auth = spec.auth ?? 'none';
  const creds = credentials(target, spec.key);
  if (auth === 'basic') {
    headers.set('Authorization', `Basic ${btoa(`${creds.key}:${creds.secret}`)}`);
  } else if (auth === 'query') {
    url.searchParams.set('consumer_key', creds.key);
    url.searchParams.set('consumer_secret', creds.secret);
  } else if (auth.startsWith('oauth')) {
    const params = signedOauth(url, method, spec, target);
    if (auth === 'oauth-query') {
      for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
    } else {
      const header = Object.entries(params)
        .map(([name, value]) => `${name}="${encodeURIComponent(value)}"`)
        .join(', ');
      headers.set('Authorization', `OAuth ${header}`);
    }
  }
  let body: string | undefined;
  if (spec.rawBody !== undefined || spec.body !== undefined) {
    body = spec.rawBody ?? JSON.stringify(spec.body);
    headers.set('Content-Type', 'application/json');
  }
  return new Request(url, { method, headers, body });
}

/** The body as JSON, or undefined when it is empty or not JSON. */
export function parseJson(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

export async function sendToStore(target: StoreTarget, spec: StoreRequest): Promise<StoreAnswer> {
  const response = await target.send(buildRequest(target, spec));
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: parseJson(text) };
}

/** An authenticated wc/v3 call that must succeed (OAuth over http), returning its JSON. */
export async function storeCall<T>(
  target: StoreTarget,
  method: string,
  path: string,
  body?: unknown,
  query?: Record<string, string | number>,
): Promise<T> {
  const answer = await sendToStore(target, {
    method,
    path: `/wc/v3/${path}`,
    body,
    query,
    auth: 'oauth-header',
  });
  if (answer.status >= 300)
    throw new Error(
      `${target.name} store answered ${answer.status} to ${method} ${path}: ${answer.text.slice(0, 300)}`,
    );
  return answer.json as T;
}

const run = promisify(execFile);

/**
 * Brings the real store's wc-analytics customer index up to date at once (a real store does it in
 * the background, seconds to minutes later). STORE_DIR as for setup.sh.
 */
export async function syncRealAnalytics(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const script = env.REAL_STORE_SCRIPTS
    ? `${env.REAL_STORE_SCRIPTS}/analytics-sync.sh`
    : new URL('../../shared/real-store/analytics-sync.sh', import.meta.url).pathname;
  await run(script, [], { env, timeout: 60_000 });
}
