// The WordPress/WooCommerce error envelope `{code, message, data: {status, …}}` and the PHP-style
// JSON encoding every REST answer goes through.

import type { JsonObject, JsonValue } from './types.ts';

export class WpError {
  readonly code: string;
  readonly message: string;
  readonly data: JsonObject;

  constructor(code: string, message: string, status: number, extra: JsonObject = {}) {
    this.code = code;
    this.message = message;
    this.data = { status, ...extra };
  }

  get status(): number {
    return typeof this.data.status === 'number' ? this.data.status : 500;
  }

  toJson(): JsonObject {
    return { code: this.code, message: this.message, data: this.data };
  }
}

export function isWpError(value: unknown): value is WpError {
  return value instanceof WpError;
}

/** What a REST callback hands back before CORS and encoding are applied. */
export interface RestResult {
  status: number;
  data: JsonValue;
  headers: Headers;
  /** Links added with WP_REST_Response::add_link, merged into single objects after `_fields`. */
  links?: JsonObject;
}

export function restResult(data: JsonValue, status = 200, headers = new Headers()): RestResult {
  return { status, data, headers };
}

export function errorResult(error: WpError): RestResult {
  return restResult(error.toJson(), error.status);
}

export const NO_ROUTE_MESSAGE = 'No route was found matching the URL and request method.';

export function noRouteError(): WpError {
  return new WpError('rest_no_route', NO_ROUTE_MESSAGE, 404);
}

/**
 * PHP's `json_encode` without flags, as WordPress uses it: `/` becomes `\/` and every
 * non-ASCII character a `\uXXXX` escape. Clients parse it the same; raw-byte checks do not.
 */
export function phpJsonEncode(value: JsonValue, pretty = false): string {
  const json = pretty ? JSON.stringify(value, null, 4) : JSON.stringify(value);
  return json
    .replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/\//g, '\\/');
}
