// WP_REST_Request's view of parameters: a value is looked up in the JSON body, then a form
// body, then the query string, then the route's URL captures, then the defaults. So `?email=`
// works for a create, and a query `id` beats the one in the path, as in WordPress.

import { WpError } from './errors.ts';
import type { PhpMap } from './php-query.ts';
import { parseQueryString, phpToJson } from './php-query.ts';
import { isJsonObject, type JsonObject, type JsonValue } from './types.ts';

export interface RestRequestInit {
  method: string;
  route: string;
  query?: JsonObject;
  json?: JsonObject | null;
  form?: JsonObject | null;
  url?: JsonObject;
  defaults?: JsonObject;
  jsonError?: WpError | null;
  /** The query string as sent, without `?`, for links that repeat it. */
  rawQuery?: string;
}

export function phpMapToObject(map: PhpMap): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of map.entries) out[key] = phpToJson(value);
  return out;
}

/** WordPress `wp_is_json_media_type()`. */
export function isJsonMediaType(contentType: string | null): boolean {
  return /(^|\s|,)application\/([\w!#$&^.+-]+\+)?json(\+oembed)?($|\s|;|,)/i.test(
    contentType ?? '',
  );
}

export function isFormMediaType(contentType: string | null): boolean {
  return /^\s*application\/x-www-form-urlencoded\s*(;|$)/i.test(contentType ?? '');
}

/** Decodes a body the way WP_REST_Request does; only a JSON media type is read as JSON. */
export function parseBody(
  contentType: string | null,
  body: string,
): { json: JsonObject | null; form: PhpMap | null; jsonError: WpError | null } {
  if (body !== '' && isJsonMediaType(contentType)) {
    try {
      const parsed: unknown = JSON.parse(body);
      return {
        json: isJsonObject(parsed) ? (parsed as JsonObject) : {},
        form: null,
        jsonError: null,
      };
    } catch {
      const error = new WpError('rest_invalid_json', 'Invalid JSON body passed.', 400, {
        json_error_code: 4,
        json_error_message: 'Syntax error',
      });
      return { json: null, form: null, jsonError: error };
    }
  }
  if (body !== '' && isFormMediaType(contentType)) {
    return { json: null, form: parseQueryString(body), jsonError: null };
  }
  return { json: null, form: null, jsonError: null };
}

export class RestRequest {
  method: string;
  readonly route: string;
  readonly query: JsonObject;
  readonly json: JsonObject | null;
  readonly form: JsonObject | null;
  url: JsonObject;
  defaults: JsonObject;
  readonly jsonError: WpError | null;
  readonly rawQuery: string;

  constructor(init: RestRequestInit) {
    this.method = init.method.toUpperCase();
    this.route = init.route;
    this.query = init.query ?? {};
    this.json = init.json ?? null;
    this.form = init.form ?? null;
    this.url = init.url ?? {};
    this.defaults = init.defaults ?? {};
    this.jsonError = init.jsonError ?? null;
    this.rawQuery = init.rawQuery ?? '';
  }

  private sources(): JsonObject[] {
    const order: JsonObject[] = [];
    if (this.json) order.push(this.json);
    if (this.form && ['POST', 'PUT', 'PATCH', 'DELETE'].includes(this.method))
      order.push(this.form);
    order.push(this.query, this.url, this.defaults);
    return order;
  }

  get(key: string): JsonValue | undefined {
    // Like WordPress's isset() test, a null value does not hide a lower-priority source.
    for (const source of this.sources()) {
      const value = source[key];
      if (Object.hasOwn(source, key) && value !== null && value !== undefined) return value;
    }
    return undefined;
  }

  /** Every source WordPress sanitises in place (not the defaults). */
  mutableSources(): JsonObject[] {
    const out: JsonObject[] = [this.query, this.url];
    if (this.json) out.push(this.json);
    if (this.form) out.push(this.form);
    return out;
  }

  /** PHP `isset($request[$key])`: present and not null. */
  has(key: string): boolean {
    const value = this.get(key);
    return value !== undefined && value !== null;
  }

  /** `get_params()`: every source merged, higher priority winning. */
  params(): JsonObject {
    return Object.assign({}, ...this.sources().reverse()) as JsonObject;
  }
}
