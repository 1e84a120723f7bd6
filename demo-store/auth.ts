// Who is asking: WooCommerce API keys, checked the way WC_REST_Authentication checks them.
// Over HTTPS: query `consumer_key`/`consumer_secret`, else HTTP Basic; if that yields nobody,
// OAuth 1.0a is tried as well. Over HTTP only OAuth 1.0a: Basic and query keys are ignored.

import { WpError } from './errors.ts';
import { NonceStore, checkSignature, collectOAuthParams } from './oauth.ts';
import type { PhpMap } from './php-query.ts';

export type KeyPermissions = 'read' | 'write' | 'read_write';

export interface ApiKey {
  consumerKey: string;
  consumerSecret: string;
  permissions: KeyPermissions;
  userId: number;
}

export interface AuthInput {
  https: boolean;
  /** The real HTTP method: the signature covers it, not a `_method` override. */
  method: string;
  /** Site URL + request path, the URL WooCommerce signs against. */
  baseUrl: string;
  query: PhpMap;
  /** A form-encoded POST body, which PHP exposes as `$_POST` and WooCommerce signs too. */
  form: PhpMap | null;
  authorization: string | null;
  nowSeconds: number;
}

export interface AuthOutcome {
  key: ApiKey | null;
  error: WpError | null;
}

const ANONYMOUS: AuthOutcome = { key: null, error: null };

function basicCredentials(authorization: string | null): [string, string] | null {
  const match = /^basic\s+(.+)$/i.exec(authorization?.trim() ?? '');
  if (!match?.[1]) return null;
  let decoded: string;
  try {
    decoded = atob(match[1].trim());
  } catch {
    return null;
  }
  const colon = decoded.indexOf(':');
  return colon === -1 ? null : [decoded.slice(0, colon), decoded.slice(colon + 1)];
}

function queryString(query: PhpMap, name: string): string {
  const value = query.entries.get(name);
  return typeof value === 'string' ? value : '';
}

export class Authenticator {
  readonly nonces = new NonceStore();
  private readonly findKey: (consumerKey: string) => ApiKey | null;

  constructor(findKey: (consumerKey: string) => ApiKey | null) {
    this.findKey = findKey;
  }

  private basic(input: AuthInput): AuthOutcome | null {
    let key = queryString(input.query, 'consumer_key');
    let secret = queryString(input.query, 'consumer_secret');
    if (!key || !secret) {
      [key, secret] = basicCredentials(input.authorization) ?? ['', ''];
    }
    if (!key || !secret) return null;
    const found = this.findKey(key);
    if (!found) return null;
    if (found.consumerSecret !== secret) {
      return {
        key: null,
        error: new WpError(
          'woocommerce_rest_authentication_error',
          'Consumer secret is invalid.',
          401,
        ),
      };
    }
    return { key: found, error: null };
  }

  private async oauth(input: AuthInput): Promise<AuthOutcome | null> {
    const sources = input.form ? [input.query, input.form] : [input.query];
    const params = collectOAuthParams(sources, input.authorization);
    if (params === null) return null;
    if (params instanceof WpError) return { key: null, error: params };
    const consumerKey = params.entries.get('oauth_consumer_key');
    const found = typeof consumerKey === 'string' ? this.findKey(consumerKey) : null;
    if (!found) {
      return {
        key: null,
        error: new WpError(
          'woocommerce_rest_authentication_error',
          'Consumer key is invalid.',
          401,
        ),
      };
    }
    const badSignature = await checkSignature(
      input.method,
      input.baseUrl,
      params,
      found.consumerSecret,
    );
    if (badSignature) return { key: null, error: badSignature };
    const nonce = params.entries.get('oauth_nonce');
    const replay = this.nonces.check(
      found.consumerKey,
      params.entries.get('oauth_timestamp'),
      typeof nonce === 'string' ? nonce : '',
      input.nowSeconds,
    );
    return replay ? { key: null, error: replay } : { key: found, error: null };
  }

  async authenticate(input: AuthInput): Promise<AuthOutcome> {
    let basicError: WpError | null = null;
    if (input.https) {
      const basic = this.basic(input);
      if (basic?.key) return basic;
      basicError = basic?.error ?? null;
    }
    const oauth = await this.oauth(input);
    // An OAuth failure replaces the Basic error (set_error() overwrites it), but an OAuth
    // success does not clear it: WooCommerce still answers with the stored error.
    if (oauth?.error) return oauth;
    if (basicError) return { key: null, error: basicError };
    return oauth ?? ANONYMOUS;
  }
}

/** `check_permissions()`: the key's read/write scope, checked before any route runs. */
export function checkKeyPermissions(key: ApiKey, method: string): WpError | null {
  const canRead = key.permissions === 'read' || key.permissions === 'read_write';
  const canWrite = key.permissions === 'write' || key.permissions === 'read_write';
  switch (method) {
    case 'HEAD':
    case 'GET':
      return canRead ? null : authError('The API key provided does not have read permissions.');
    case 'POST':
    case 'PUT':
    case 'PATCH':
    case 'DELETE':
      return canWrite ? null : authError('The API key provided does not have write permissions.');
    case 'OPTIONS':
      return null;
    default:
      return authError('Unknown request method.');
  }
}

function authError(message: string): WpError {
  return new WpError('woocommerce_rest_authentication_error', message, 401);
}
