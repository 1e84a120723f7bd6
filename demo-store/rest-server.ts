// WP_REST_Server::serve_request() in the order that decides which error a client sees:
// authentication (only for URLs naming /wp-json/wc/), the API key's read/write scope, route
// matching, JSON body, argument validation, permission callback, then the callback itself.

import { signedUrl } from './site-override.ts';
import type { Authenticator } from './auth.ts';
import { checkKeyPermissions } from './auth.ts';
import { applyCors } from './cors.ts';
import {
  WpError,
  errorResult,
  noRouteError,
  phpJsonEncode,
  restResult,
  type RestResult,
} from './errors.ts';
import { filterFields, parseFields } from './fields.ts';
import { argDefaults, sanitizeInPlace } from './params-sanitize.ts';
import { validateArgs } from './params.ts';
import { parseQueryString } from './php-query.ts';
import { RestRequest, parseBody, phpMapToObject } from './rest-request.ts';
import { findRoute, matchRoute, type Route } from './router.ts';
import { routeData } from './routes/index.ts';
import type { SiteContext } from './serialize.ts';
import type { StoreState } from './state.ts';
import type { JsonValue } from './types.ts';

export interface ServeContext {
  state: StoreState;
  routes: Route[];
  authenticator: Authenticator;
  site: SiteContext;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The REST route a URL names, or null when WordPress would render a theme page instead. */
export function restRouteOf(url: URL): string | null {
  const { pathname } = url;
  let route: string | null = null;
  if (pathname === '/wp-json' || pathname.startsWith('/wp-json/'))
    route = safeDecode(pathname.slice(8));
  else if (pathname === '/' || pathname === '/index.php') {
    const restRoute = parseQueryString(url.search.slice(1)).entries.get('rest_route');
    if (typeof restRoute === 'string') route = restRoute;
  }
  if (route === null) return null;
  return route.replace(/\/+$/, '') || '/';
}

export function notFoundPage(): Response {
  const body =
    '<!DOCTYPE html>\n<html lang="en-US">\n<head><meta charset="UTF-8"><title>Page not found</title></head>\n' +
    '<body class="error404"><h1>Oops! That page can&rsquo;t be found.</h1></body>\n</html>\n';
  return new Response(body, {
    status: 404,
    headers: { 'Content-Type': 'text/html; charset=UTF-8' },
  });
}

function dispatch(ctx: ServeContext, req: RestRequest, userId: number | null): RestResult {
  if (req.method === 'OPTIONS') {
    const route = findRoute(ctx.routes, req.route);
    const result = restResult(route ? routeData(route, ctx.site.siteUrl) : []);
    if (route)
      result.headers.set(
        'Allow',
        [...new Set(route.endpoints.flatMap((e) => [...e.methods]))].join(', '),
      );
    return result;
  }
  const match = matchRoute(ctx.routes, req.route, req.method);
  if (!match) return errorResult(noRouteError());
  const { endpoint } = match;
  req.url = { ...match.urlParams };
  req.defaults = argDefaults(endpoint.args);
  if (req.jsonError) return errorResult(req.jsonError);
  const invalid = validateArgs(endpoint.args, (key) => req.get(key));
  if (invalid) return errorResult(invalid);
  sanitizeInPlace(endpoint.args, req.mutableSources());
  const routeCtx = { req, userId, version: match.route.version, site: ctx.site, state: ctx.state };
  const denied = endpoint.permission?.(routeCtx);
  if (denied) return errorResult(denied);
  const result = endpoint.callback(routeCtx);
  return result instanceof WpError ? errorResult(result) : result;
}

/** `_fields` trims successful answers; links of single objects are added back afterwards. */
function finish(result: RestResult, fields: JsonValue | undefined): JsonValue {
  const tree = fields === undefined || result.status >= 400 ? null : parseFields(fields);
  let data = tree ? filterFields(result.data, tree) : result.data;
  if (result.links) {
    const base = typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {};
    data = { ...base, _links: result.links };
  }
  return data;
}

export async function serveRest(
  ctx: ServeContext,
  request: Request,
  url: URL,
  route: string,
): Promise<Response> {
  const query = parseQueryString(url.search.slice(1));
  const override = query.entries.get('_method');
  const headerOverride = request.headers.get('X-HTTP-Method-Override');
  const method = (
    typeof override === 'string' ? override : (headerOverride ?? request.method)
  ).toUpperCase();
  const bodyText = ['GET', 'HEAD'].includes(request.method) ? '' : await request.text();
  const contentType = request.headers.get('Content-Type');
  const body = parseBody(contentType, bodyText);
  const requestUri = url.pathname + url.search;
  let userId: number | null = null;
  let result: RestResult;
  // WooCommerce 7.9 only authenticates requests whose raw URI names its namespace.
  const keyAuth = requestUri.includes('wp-json/wc/') || requestUri.includes('wp-json/wc-');
  const auth = keyAuth
    ? await ctx.authenticator.authenticate({
        https: ctx.site.https,
        method: request.method,
        baseUrl: signedUrl(ctx.site.siteUrl, ctx.site.https, url.pathname),
        query,
        form: request.method === 'POST' ? body.form : null,
        authorization: request.headers.get('Authorization'),
        nowSeconds: Math.floor(ctx.site.now / 1000),
      })
    : { key: null, error: null };
  const scopeError = auth.key ? checkKeyPermissions(auth.key, method) : null;
  if (auth.error || scopeError) {
    result = errorResult((auth.error ?? scopeError) as WpError);
  } else {
    userId = auth.key?.userId ?? null;
    const req = new RestRequest({
      method,
      route,
      query: phpMapToObject(query),
      json: body.json,
      form: body.form ? phpMapToObject(body.form) : null,
      jsonError: body.jsonError,
      rawQuery: url.search.slice(1),
    });
    result = dispatch(ctx, req, userId);
    result.data = finish(result, req.get('_fields'));
  }
  const headers = new Headers(result.headers);
  headers.set('Content-Type', 'application/json; charset=UTF-8');
  headers.set('X-Robots-Tag', 'noindex');
  headers.set('X-Content-Type-Options', 'nosniff');
  if (!headers.has('Link'))
    headers.set('Link', `<${ctx.site.siteUrl}/wp-json/>; rel="https://api.w.org/"`);
  applyCors(headers, request.headers.get('Origin'), request.method, userId !== null);
  const pretty = query.entries.has('_pretty');
  const text = phpJsonEncode(result.data, pretty);
  return new Response(request.method === 'HEAD' ? null : text, { status: result.status, headers });
}
