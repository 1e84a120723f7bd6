// OAuth 1.0a "one-legged" signing as WooCommerce checks it over plain http (RFC 5849 §3.4).
// The parameters travel in the query string, so a GET carries no custom header and stays a CORS
// "simple" request (no preflight). The secret itself is only ever used as the HMAC key.
import { bytesToBase64 } from './encoding';
import { hmac } from './hmac';

export type OAuthSignatureMethod = 'HMAC-SHA256' | 'HMAC-SHA1';

/** RFC 3986 unreserved characters stay, everything else is %XX of its UTF-8 bytes. */
export function percentEncode(s: string): string {
  return encodeURIComponent(s).replace(
    /[!'()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** §3.4.1.2: scheme and host lower case, default port dropped, no query or fragment. */
export function baseStringUri(url: URL): string {
  // The URL parser already lower-cases scheme and host and drops default ports.
  return `${url.protocol}//${url.host}${url.pathname}`;
}

/**
 * §3.4.1: `METHOD&enc(base URI)&enc(normalized parameters)`. The parameters are those of the
 * URL's query (decoded as a form would be) followed by `params` (decoded values).
 */
export function buildSignatureBaseString(
  method: string,
  url: string,
  params: ReadonlyArray<readonly [string, string]>,
): string {
  const parsed = new URL(url);
  const pairs = [...parsed.searchParams.entries(), ...params].map(
    ([k, v]) => [percentEncode(k), percentEncode(v)] as const,
  );
  // Encoded strings are ASCII, so plain code-unit order is the byte order the RFC asks for.
  pairs.sort(([ak, av], [bk, bv]) => (ak === bk ? compare(av, bv) : compare(ak, bk)));
  const normalized = pairs.map(([k, v]) => `${k}=${v}`).join('&');
  return [
    method.toUpperCase(),
    percentEncode(baseStringUri(parsed)),
    percentEncode(normalized),
  ].join('&');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const NONCE_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** Random alphanumerics; bytes ≥ 248 are skipped so that `% 62` has no bias. */
export function createNonce(length = 32): string {
  let out = '';
  const bytes = new Uint8Array(length * 2);
  while (out.length < length) {
    crypto.getRandomValues(bytes);
    for (const byte of bytes) {
      if (byte < 248 && out.length < length) out += NONCE_ALPHABET[byte % 62];
    }
  }
  return out;
}

export interface SignOAuth1Options {
  method: string;
  /** May already contain query parameters; they are signed too. */
  url: string;
  consumerKey: string;
  consumerSecret: string;
  signatureMethod: OAuthSignatureMethod;
  /** Seconds since the epoch; WooCommerce accepts ±15 minutes. */
  timestamp?: number;
  nonce?: string;
}

/**
 * The oauth_* parameters, signature last, for `url` (whose own query is signed too). Synchronous
 * (see hmac.ts): a request signed at boot leaves in the same task.
 */
function signedOAuthParams(options: SignOAuth1Options): {
  url: URL;
  params: Array<[string, string]>;
} {
  const url = new URL(options.url);
  // Signing twice must not leave stale oauth_* values that would then be signed as data.
  for (const key of [...url.searchParams.keys()]) {
    if (key.startsWith('oauth_')) url.searchParams.delete(key);
  }
  url.hash = '';
  const params: Array<[string, string]> = [
    ['oauth_consumer_key', options.consumerKey],
    ['oauth_nonce', options.nonce ?? createNonce()],
    ['oauth_signature_method', options.signatureMethod],
    ['oauth_timestamp', String(options.timestamp ?? Math.floor(Date.now() / 1000))],
  ];
  const baseString = buildSignatureBaseString(options.method, url.href, params);
  const signingKey = `${percentEncode(options.consumerSecret)}&`;
  const hash = options.signatureMethod === 'HMAC-SHA1' ? 'SHA-1' : 'SHA-256';
  params.push(['oauth_signature', bytesToBase64(hmac(hash, signingKey, baseString))]);
  return { url, params };
}

/**
 * Returns `url` with oauth_consumer_key, oauth_nonce, oauth_signature_method, oauth_timestamp and
 * oauth_signature appended. No oauth_version: WooCommerce's documentation (doc 003) does not list
 * it and the server does not require it; no oauth_token either (one-legged).
 */
export function signOAuth1Request(options: SignOAuth1Options): URL {
  const { url, params } = signedOAuthParams(options);
  for (const [k, v] of params) url.searchParams.append(k, v);
  return url;
}

/**
 * The same signature as an `Authorization: OAuth …` header, for writes. A write with a JSON body
 * is preceded by a CORS preflight to the same URL; WooCommerce checks query-string OAuth
 * parameters on that OPTIONS request too, finds them signed for another method and answers 401,
 * so the browser blocks the write. Preflights never carry the Authorization header.
 */
export function signOAuth1Header(options: SignOAuth1Options): {
  url: URL;
  authorization: string;
} {
  const { url, params } = signedOAuthParams(options);
  const fields = params.map(([k, v]) => `${percentEncode(k)}="${percentEncode(v)}"`);
  return { url, authorization: `OAuth ${fields.join(', ')}` };
}
