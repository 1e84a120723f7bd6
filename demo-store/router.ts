// Route table in WordPress's shape: a route is a regex under a namespace with endpoints per
// method set. Matching is case-insensitive and HEAD falls back to GET, as in WP_REST_Server.

import type { WpError, RestResult } from './errors.ts';
import type { ArgMap } from './params.ts';
import type { RestRequest } from './rest-request.ts';
import type { SiteContext } from './serialize.ts';
import type { StoreState } from './state.ts';
import type { ApiVersion } from './types.ts';

export interface RouteContext {
  req: RestRequest;
  /** The user the API key belongs to; null for anonymous requests. */
  userId: number | null;
  version: ApiVersion | null;
  site: SiteContext;
  state: StoreState;
}

export interface Endpoint {
  methods: readonly string[];
  args: ArgMap;
  /** Runs after argument validation, like a WordPress permission_callback. */
  permission?: (ctx: RouteContext) => WpError | null;
  callback: (ctx: RouteContext) => RestResult | WpError;
}

export interface Route {
  namespace: string;
  /** WordPress notation, e.g. `/wc/v3/customers/(?P<id>[\d]+)`. */
  pattern: string;
  regex: RegExp;
  version: ApiVersion | null;
  endpoints: Endpoint[];
}

export const READABLE = ['GET'] as const;
export const CREATABLE = ['POST'] as const;
export const EDITABLE = ['POST', 'PUT', 'PATCH'] as const;
export const DELETABLE = ['DELETE'] as const;

export function defineRoute(
  namespace: string,
  pattern: string,
  endpoints: Endpoint[],
  version: ApiVersion | null = null,
): Route {
  const regex = new RegExp(`^${pattern.replace(/\(\?P</g, '(?<')}$`, 'i');
  return { namespace, pattern, regex, version, endpoints };
}

export interface RouteMatch {
  route: Route;
  endpoint: Endpoint;
  urlParams: Record<string, string>;
}

export function matchRoute(
  routes: readonly Route[],
  path: string,
  method: string,
): RouteMatch | null {
  for (const route of routes) {
    const match = route.regex.exec(path);
    if (!match) continue;
    const checked = method === 'HEAD' ? 'GET' : method;
    const endpoint = route.endpoints.find((candidate) => candidate.methods.includes(checked));
    if (endpoint) return { route, endpoint, urlParams: { ...match.groups } };
  }
  return null;
}

/** The first route whose pattern matches, whatever the method (for OPTIONS answers). */
export function findRoute(routes: readonly Route[], path: string): Route | null {
  return routes.find((route) => route.regex.test(path)) ?? null;
}
