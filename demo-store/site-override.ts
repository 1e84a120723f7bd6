// What the store believes its own address is, when that is not where it is reached: a reverse
// proxy that drops the port or rewrites the Host header, a site configured as https but reached
// over http, or TLS ended at a proxy so PHP sees plain http. The `/wp-json/` index then reports
// this address, and OAuth signatures are checked against it — as WooCommerce does.

import { isJsonObject, type JsonValue } from './types.ts';

export interface SiteOverride {
  /** WordPress's home URL (Settings → General → Site Address). */
  homeUrl?: string;
  /** `is_ssl()`; false for an https address whose TLS ends at a proxy in front of PHP. */
  https?: boolean;
}

export function parseHomeUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`"homeUrl" must be an absolute http(s) URL, got "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error('"homeUrl" must be an http(s) URL');
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** `POST /__demo/site {homeUrl?, https?}`. */
export function parseSiteOverride(body: JsonValue): SiteOverride {
  if (!isJsonObject(body)) throw new Error('body must be {homeUrl?, https?}');
  const override: SiteOverride = {};
  if (body.homeUrl !== undefined) {
    if (typeof body.homeUrl !== 'string') throw new Error('"homeUrl" must be a string');
    override.homeUrl = parseHomeUrl(body.homeUrl);
  }
  if (body.https !== undefined) {
    if (typeof body.https !== 'boolean') throw new Error('"https" must be true or false');
    override.https = body.https;
  }
  if (override.homeUrl === undefined && override.https === undefined)
    throw new Error('give "homeUrl", "https" or both');
  return override;
}

/**
 * The URL WooCommerce signs for a request (`WC_REST_Authentication::check_oauth_signature`):
 * `get_home_url(null, $request_path, is_ssl() ? 'https' : 'http')`, where the request path loses
 * the home URL's own path prefix first. Host, port and path come from the home URL, not from the
 * address the client used; the scheme from how PHP saw the request.
 */
export function signedUrl(homeUrl: string, https: boolean, requestPath: string): string {
  const home = new URL(homeUrl);
  const homePath = home.pathname.replace(/\/+$/, '');
  let path = requestPath;
  if (homePath && path.startsWith(`${homePath}/`)) path = path.slice(homePath.length);
  return `${https ? 'https' : 'http'}://${home.host}${homePath}${path}`;
}
