// Test helpers: a small store, and requests signed by the reference `oauth-1.0a` package (an
// independent signer, so the store's verification is not checked against its own code).

import { createHmac } from 'node:crypto';
import OAuth from 'oauth-1.0a';
import { createStoreHandler, type StoreHandler, type StoreHandlerOptions } from '../handler.ts';

export const KEYS = {
  key: 'ck_test_0000000000000000000000000000000000000000',
  secret: 'cs_test_0000000000000000000000000000000000000000',
  readKey: 'ck_read_1111111111111111111111111111111111111111',
  readSecret: 'cs_read_1111111111111111111111111111111111111111',
};

export const HTTP = 'http://store.test';
export const HTTPS = 'https://store.test';

export function makeStore(options: Partial<StoreHandlerOptions> = {}): StoreHandler {
  return createStoreHandler({ ...KEYS, customers: 60, seed: 7, ...options });
}

export type SignatureMethod = 'HMAC-SHA1' | 'HMAC-SHA256';

export function oauthSigner(
  key = KEYS.key,
  secret = KEYS.secret,
  method: SignatureMethod = 'HMAC-SHA256',
): OAuth {
  const algorithm = method === 'HMAC-SHA1' ? 'sha1' : 'sha256';
  return new OAuth({
    consumer: { key, secret },
    signature_method: method,
    hash_function: (base, signingKey) =>
      createHmac(algorithm, signingKey).update(base).digest('base64'),
  });
}

export interface CallOptions {
  method?: string;
  body?: unknown;
  rawBody?: string;
  contentType?: string;
  headers?: Record<string, string>;
  /** Default: OAuth in the query over http, Basic over https. */
  auth?: 'oauth' | 'oauth-header' | 'basic' | 'query' | 'none';
  key?: string;
  secret?: string;
  signature?: SignatureMethod;
  /** Method to sign with, when it should differ from the one sent. */
  signMethod?: string;
}

export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed JSON, or undefined when the body is not JSON. */
  body: unknown;
}

export type Obj = { [key: string]: unknown };

/** Narrows a JSON value to an object (throws otherwise, failing the test). */
export function obj(value: unknown): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`expected an object, got ${JSON.stringify(value)}`);
  }
  return value as Obj;
}

export function list(value: unknown): Obj[] {
  if (!Array.isArray(value)) throw new Error(`expected an array, got ${JSON.stringify(value)}`);
  return value.map(obj);
}

export function signUrl(url: string, options: CallOptions = {}): string {
  const signer = oauthSigner(options.key, options.secret, options.signature);
  const signed = signer.authorize({ url, method: options.signMethod ?? options.method ?? 'GET' });
  const out = new URL(url);
  // authorize() also returns the URL's own parameters; only the oauth_* ones are added.
  for (const [name, value] of Object.entries(signed)) {
    if (name.startsWith('oauth_')) out.searchParams.append(name, String(value));
  }
  return out.toString();
}

export async function call(
  store: StoreHandler,
  path: string,
  options: CallOptions = {},
): Promise<CallResult> {
  let url = path.startsWith('http') ? path : `${HTTP}${path}`;
  const method = options.method ?? 'GET';
  const headers = new Headers(options.headers);
  const auth = options.auth ?? (url.startsWith('https:') ? 'basic' : 'oauth');
  const key = options.key ?? KEYS.key;
  const secret = options.secret ?? KEYS.secret;
  if (auth === 'oauth') url = signUrl(url, { ...options, method });
  if (auth === 'oauth-header') {
    const signer = oauthSigner(key, secret, options.signature);
    const signed = signer.authorize({ url, method: options.signMethod ?? method });
    headers.set('Authorization', signer.toHeader(signed).Authorization);
  }
  if (auth === 'basic')
    headers.set('Authorization', `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`);
  if (auth === 'query') {
    const withKeys = new URL(url);
    withKeys.searchParams.set('consumer_key', key);
    withKeys.searchParams.set('consumer_secret', secret);
    url = withKeys.toString();
  }
  let body: string | undefined;
  if (options.rawBody !== undefined) body = options.rawBody;
  else if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined && !headers.has('Content-Type'))
    headers.set('Content-Type', options.contentType ?? 'application/json');
  const response = await store.handle(new Request(url, { method, headers, body }));
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text) as unknown;
  } catch {
    parsed = undefined;
  }
  return { status: response.status, headers: response.headers, text, body: parsed };
}

/** Ids of a list answer. */
export function ids(result: CallResult): number[] {
  return list(result.body).map((item) => Number(item.id));
}

/** A seeded customer with an order, downloads, meta rows and a modification date. */
export function payingCustomer(store: StoreHandler) {
  for (let id = 1; id < store.db.nextUserId; id++) {
    const user = store.db.get(id);
    if (
      user?.lastOrder &&
      user.downloads.length > 0 &&
      user.meta.length > 0 &&
      user.modified !== null
    )
      return user;
  }
  throw new Error('the seed has no paying customer with downloads and meta');
}
