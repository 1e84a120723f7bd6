import type * as z from 'zod/mini';
import { utf8ToBase64 } from './encoding';
import { ApiError } from './errors';
import { sendHttp } from './http';
import { signOAuth1Header } from './oauth1';
import { displayStoreUrl, isHttps, isValidStoreUrl, normalizeStoreUrl } from './store-url';

export type ApiVersion = 'v1' | 'v2' | 'v3';
export type AuthMode = 'auto' | 'basic' | 'query' | 'oauth1';

export interface ClientConfig {
  /** Site root, e.g. https://shop.example.com or http://127.0.0.1:8787/sub */
  storeUrl: string;
  version: ApiVersion;
  consumerKey: string;
  consumerSecret: string;
  authMode: AuthMode;
  /** Default 30000. */
  timeoutMs?: number;
  /** Injectable for tests. */
  fetch?: typeof fetch;
  /** Default HMAC-SHA256. */
  oauthSignatureMethod?: 'HMAC-SHA256' | 'HMAC-SHA1';
}

export interface ApiResponse<T> {
  data: T;
  status: number;
  headers: Headers;
}

export type QueryValue = string | number | boolean | readonly (string | number)[] | undefined;

export interface RequestOptions<T> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Relative to /wp-json/wc/<version>/ (e.g. 'customers/5'), or from /wp-json when it starts with '/'. */
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
  schema: z.core.$ZodType<T>;
}

export interface ApiClient {
  readonly config: Readonly<ClientConfig>;
  readonly resolvedAuth: 'basic' | 'query' | 'oauth1';
  request<T>(opts: RequestOptions<T>): Promise<ApiResponse<T>>;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

/** `auto`: Basic over https; OAuth 1.0a over http, where WooCommerce ignores the other two. */
export function resolveAuthMode(storeUrl: string, mode: AuthMode): 'basic' | 'query' | 'oauth1' {
  if (mode !== 'auto') return mode;
  return isHttps(storeUrl) ? 'basic' : 'oauth1';
}

/** Builds the request URL; arrays become comma lists, which WordPress splits itself. */
export function buildApiUrl(
  config: ClientConfig,
  path: string,
  query: Record<string, QueryValue> = {},
): URL {
  const apiPath = path.startsWith('/') ? path.slice(1) : `wc/${config.version}/${path}`;
  const url = new URL(`wp-json/${apiPath}`, normalizeStoreUrl(config.storeUrl));
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    url.searchParams.append(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  return url;
}

function httpsRequired(mode: 'basic' | 'query'): ApiError {
  return new ApiError({
    kind: 'auth',
    code: 'customer_desk_https_required',
    message: `${mode === 'basic' ? 'Basic' : 'Query-string'} authentication needs https: over plain http WooCommerce ignores the keys. Use OAuth 1.0a or an https address.`,
  });
}

export function createClient(config: ClientConfig): ApiClient {
  const frozen: Readonly<ClientConfig> = Object.freeze({ ...config });
  const resolvedAuth = resolveAuthMode(frozen.storeUrl, frozen.authMode);
  const secrets = [frozen.consumerSecret];

  async function request<T>(opts: RequestOptions<T>): Promise<ApiResponse<T>> {
    const method = opts.method ?? 'GET';
    if (!isValidStoreUrl(frozen.storeUrl)) {
      throw new ApiError({
        kind: 'validation',
        code: 'customer_desk_invalid_store_url',
        message: 'The store address is not a valid URL.',
      });
    }
    if (resolvedAuth !== 'oauth1' && !isHttps(frozen.storeUrl)) throw httpsRequired(resolvedAuth);
    let url = buildApiUrl(frozen, opts.path, opts.query);
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (resolvedAuth === 'basic') {
      headers.Authorization = `Basic ${utf8ToBase64(`${frozen.consumerKey}:${frozen.consumerSecret}`)}`;
    } else if (resolvedAuth === 'query') {
      url.searchParams.append('consumer_key', frozen.consumerKey);
      url.searchParams.append('consumer_secret', frozen.consumerSecret);
    } else {
      const signing = {
        method,
        url: url.href,
        consumerKey: frozen.consumerKey,
        consumerSecret: frozen.consumerSecret,
        signatureMethod: frozen.oauthSignatureMethod ?? 'HMAC-SHA256',
      };
      // Always in a header, reads too: the consumer key stays out of URLs (and so out of server
      // logs, proxies and history), at the price of a CORS preflight per new URL (decision 0002).
      const signed = signOAuth1Header(signing);
      url = signed.url;
      headers.Authorization = signed.authorization;
    }
    // Content-Type only with a body: on a GET it would force a CORS preflight for nothing.
    const hasBody = opts.body !== undefined;
    if (hasBody) headers['Content-Type'] = 'application/json';
    return sendHttp({
      url,
      method,
      headers,
      body: hasBody ? JSON.stringify(opts.body) : undefined,
      signal: opts.signal,
      timeoutMs: frozen.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      fetch: frozen.fetch ?? globalThis.fetch.bind(globalThis),
      schema: opts.schema,
      secrets,
      origin: displayStoreUrl(frozen.storeUrl),
    });
  }

  return { config: frozen, resolvedAuth, request };
}
