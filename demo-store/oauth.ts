// WooCommerce's OAuth 1.0a one-legged check, step by step as WC_REST_Authentication does it:
// parameters from the parsed query (and a form body, and an `Authorization: OAuth` header),
// top-level keys sorted byte-wise, keys and values RFC 3986-encoded, nested PHP arrays signed
// as `key%5Bindex%5D`, HMAC with `secret&`, then timestamp (±15 min) and nonce (once per key).

import { WpError } from './errors.ts';
import { phpEmpty, rawUrlEncode } from './php.ts';
import { PhpMap, type PhpNode } from './php-query.ts';

export const OAUTH_WINDOW_SECONDS = 15 * 60;

const REQUIRED = [
  'oauth_consumer_key',
  'oauth_timestamp',
  'oauth_nonce',
  'oauth_signature',
  'oauth_signature_method',
] as const;

function authError(message: string): WpError {
  return new WpError('woocommerce_rest_authentication_error', message, 401);
}

/** `WC_REST_Authentication::parse_header()`: only `oauth_*` pairs of an `OAuth ` header. */
export function parseOAuthHeader(header: string): Map<string, string> {
  const params = new Map<string, string>();
  const trimmed = header.trim();
  if (!trimmed.startsWith('OAuth ')) return params;
  for (const match of trimmed.matchAll(/(oauth_[a-z_-]*)=(:?"([^"]*)"|([^,]*))/g)) {
    const raw = match[3] ? match[3] : (match[4] ?? '');
    let value = raw.replace(/\+/g, ' ');
    try {
      value = decodeURIComponent(value);
    } catch {
      // PHP's urldecode leaves malformed escapes as they are.
    }
    params.set(match[1] ?? '', value);
  }
  return params;
}

/**
 * Collects the parameters WooCommerce would sign. Returns null when the request carries no
 * OAuth parameter at all (so it is simply anonymous), or the missing-parameter error.
 */
export function collectOAuthParams(
  sources: PhpMap[],
  header: string | null,
): PhpMap | WpError | null {
  const params = new PhpMap();
  for (const source of sources) {
    for (const [key, value] of source.entries) params.entries.set(key, value);
  }
  if (header) {
    for (const [key, value] of parseOAuthHeader(header)) params.entries.set(key, value);
  }
  const missing = REQUIRED.filter((name) => phpEmpty(params.entries.get(name) ?? ''));
  if (missing.length === REQUIRED.length) return null;
  if (missing.length > 0) {
    const noun = missing.length === 1 ? 'parameter' : 'parameters';
    return new WpError(
      'woocommerce_rest_authentication_missing_parameter',
      `Missing OAuth ${noun} ${missing.join(', ')}`,
      401,
    );
  }
  return params;
}

function encodeNode(node: PhpNode): PhpNode {
  if (typeof node === 'string') return rawUrlEncode(node);
  const out = new PhpMap();
  for (const [key, value] of node.entries) out.entries.set(rawUrlEncode(key), encodeNode(value));
  return out;
}

function joinWithEquals(map: PhpMap, prefix: string, out: string[]): void {
  for (const [key, value] of map.entries) {
    const name = prefix ? `${prefix}%5B${key}%5D` : key;
    if (typeof value === 'string') out.push(rawUrlEncode(`${name}=${value}`));
    else joinWithEquals(value, name, out);
  }
}

function compareBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The signature base string exactly as WooCommerce builds it. */
export function buildBaseString(method: string, baseUrl: string, params: PhpMap): string {
  const sorted = [...params.entries].filter(([key]) => key !== 'oauth_signature');
  sorted.sort(([a], [b]) => compareBytes(a, b));
  const normalized = new PhpMap();
  for (const [key, value] of sorted) normalized.entries.set(rawUrlEncode(key), encodeNode(value));
  const pairs: string[] = [];
  joinWithEquals(normalized, '', pairs);
  return `${method.toUpperCase()}&${rawUrlEncode(baseUrl)}&${pairs.join('%26')}`;
}

async function hmacBase64(algorithm: 'SHA-1' | 'SHA-256', key: string, text: string) {
  const encoder = new TextEncoder();
  const cryptoKey = await crypto.subtle.importKey(
    'raw',
    encoder.encode(key),
    { name: 'HMAC', hash: algorithm },
    false,
    ['sign'],
  );
  const signature = new Uint8Array(
    await crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(text)),
  );
  return btoa(String.fromCharCode(...signature));
}

function timingSafeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** `check_oauth_signature()`: null when the signature matches. */
export async function checkSignature(
  method: string,
  baseUrl: string,
  params: PhpMap,
  consumerSecret: string,
): Promise<WpError | null> {
  const provided = params.entries.get('oauth_signature');
  const signatureMethod = params.entries.get('oauth_signature_method');
  if (signatureMethod !== 'HMAC-SHA1' && signatureMethod !== 'HMAC-SHA256') {
    return authError('Invalid signature - signature method is invalid.');
  }
  const baseString = buildBaseString(method, baseUrl, params);
  const algorithm = signatureMethod === 'HMAC-SHA1' ? 'SHA-1' : 'SHA-256';
  const expected = await hmacBase64(algorithm, `${consumerSecret}&`, baseString);
  // PHP turned `+` into a space while parsing the query; WooCommerce turns it back first.
  let consumer = typeof provided === 'string' ? provided.replace(/ /g, '+') : '';
  try {
    consumer = decodeURIComponent(consumer);
  } catch {
    // rawurldecode leaves malformed escapes alone.
  }
  if (!timingSafeEqual(expected, consumer)) {
    return authError('Invalid signature - provided signature does not match.');
  }
  return null;
}

/** Nonces used per consumer key, forgotten once their timestamp leaves the window. */
export class NonceStore {
  private readonly used = new Map<string, Map<string, number>>();

  /** `check_oauth_timestamp_and_nonce()`: records the nonce when it is accepted. */
  check(consumerKey: string, timestamp: PhpNode | undefined, nonce: string, nowSeconds: number) {
    const ts =
      typeof timestamp === 'string' && /^\s*\d+\s*$/.test(timestamp) ? Number(timestamp) : NaN;
    const outside =
      !(ts >= nowSeconds - OAUTH_WINDOW_SECONDS) || ts > nowSeconds + OAUTH_WINDOW_SECONDS;
    if (outside) return authError('Invalid timestamp.');
    let nonces = this.used.get(consumerKey);
    if (!nonces) {
      nonces = new Map();
      this.used.set(consumerKey, nonces);
    }
    if (nonces.has(nonce)) return authError('Invalid nonce - nonce has already been used.');
    nonces.set(nonce, ts);
    for (const [old, oldTs] of nonces) {
      if (oldTs < nowSeconds - OAUTH_WINDOW_SECONDS) nonces.delete(old);
    }
    return null;
  }

  clear(): void {
    this.used.clear();
  }
}
