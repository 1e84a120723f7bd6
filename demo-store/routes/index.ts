// The WordPress index (`/wp-json/`), the namespace indexes (`/wp-json/wc/v3`) and the table of
// every route. The indexes need no key; the WooCommerce routes exist only for the namespaces the
// store is configured to offer, so a test can simulate a store without v1 or v2.

import { gmtOffsetHours } from '../dates.ts';
import { restResult } from '../errors.ts';
import type { ArgSchema } from '../params.ts';
import { READABLE, defineRoute, type Route, type RouteContext } from '../router.ts';
import type { ApiVersion, JsonObject, JsonValue } from '../types.ts';
import { ANALYTICS_NAMESPACE, analyticsRoutes } from './analytics.ts';
import { batchRoute } from './batch.ts';
import { countryRoutes } from './countries.ts';
import { customerRoutes } from './customers.ts';
import { downloadsRoute } from './downloads.ts';
import { orderRoutes } from './orders.ts';

// `wc-analytics` is WooCommerce Admin's (every WooCommerce since 4.0); leave it out with the
// `namespaces` option to play a store without it.
// The order and set are those of an unmodified WooCommerce 7.9 on WordPress 6.1.
export const DEFAULT_NAMESPACES = [
  'oembed/1.0',
  'jetpack/v4',
  'wc-admin',
  'wc-analytics',
  'wc/store',
  'wc/store/v1',
  'wc/v1',
  'wc/v2',
  'wc/v3',
  'wc-telemetry',
  'wccom-site/v1',
  'wccom-site/v2',
  'wp/v2',
  'wp-site-health/v1',
  'wp-block-editor/v1',
];

function argData(schema: ArgSchema): JsonObject {
  const out: JsonObject = {};
  if (schema.type) out.type = schema.type;
  if (schema.format) out.format = schema.format;
  if (schema.enum) out.enum = [...schema.enum];
  if (schema.minimum !== undefined) out.minimum = schema.minimum;
  if (schema.maximum !== undefined) out.maximum = schema.maximum;
  if (schema.items) out.items = argData(schema.items);
  if (schema.default !== undefined) out.default = schema.default;
  if (schema.description) out.description = schema.description;
  out.required = schema.required === true;
  return out;
}

/** `WP_REST_Server::get_data_for_route()` in its 'help' form. */
export function routeData(route: Route, siteUrl: string): JsonObject {
  const methods: JsonValue[] = route.endpoints.flatMap((endpoint) => [...endpoint.methods]);
  const data: JsonObject = {
    namespace: route.namespace,
    methods,
    endpoints: route.endpoints.map((endpoint) => {
      const args: JsonObject = {};
      for (const [key, schema] of Object.entries(endpoint.args)) args[key] = argData(schema);
      return { methods: [...endpoint.methods], args };
    }),
  };
  if (!route.pattern.includes('(?P<'))
    data._links = { self: [{ href: `${siteUrl}/wp-json${route.pattern}` }] };
  return data;
}

function routesObject(routes: readonly Route[], siteUrl: string, namespace?: string): JsonObject {
  const out: JsonObject = {};
  for (const route of routes) {
    if (namespace === undefined || route.namespace === namespace)
      out[route.pattern] = routeData(route, siteUrl);
  }
  return out;
}

function indexCallback(getRoutes: () => readonly Route[]) {
  return (ctx: RouteContext) => {
    const { settings } = ctx.state;
    const { siteUrl } = ctx.site;
    return restResult({
      name: settings.name,
      description: settings.description,
      url: siteUrl,
      home: siteUrl,
      gmt_offset: gmtOffsetHours(ctx.site.now, settings.timezone),
      timezone_string: settings.timezone,
      namespaces: [...settings.namespaces],
      // PHP prints the empty list as []; application passwords appear only over HTTPS.
      authentication: ctx.site.https
        ? {
            'application-passwords': {
              endpoints: { authorization: `${siteUrl}/wp-admin/authorize-application.php` },
            },
          }
        : [],
      routes: routesObject(getRoutes(), siteUrl),
      site_logo: 0,
      site_icon: 0,
      _links: { help: [{ href: 'https://developer.wordpress.org/rest-api/' }] },
    });
  };
}

/** Every route the store serves for the given namespaces, in registration order. */
export function buildRoutes(namespaces: readonly string[]): Route[] {
  const routes: Route[] = [];
  const root = defineRoute('', '/', [
    {
      methods: READABLE,
      args: { context: { default: 'view' } },
      callback: indexCallback(() => routes),
    },
  ]);
  routes.push(root);
  for (const namespace of namespaces) {
    routes.push(
      defineRoute(namespace, `/${namespace}`, [
        {
          methods: READABLE,
          args: { namespace: { default: namespace }, context: { default: 'view' } },
          callback: (ctx) =>
            restResult({
              namespace,
              routes: routesObject(routes, ctx.site.siteUrl, namespace),
              _links: { up: [{ href: `${ctx.site.siteUrl}/wp-json/` }] },
            }),
        },
      ]),
    );
    if (namespace === ANALYTICS_NAMESPACE) routes.push(...analyticsRoutes());
    const version = /^wc\/(v[123])$/.exec(namespace)?.[1] as ApiVersion | undefined;
    if (!version) continue;
    // In WooCommerce's registration order, which the namespace index keeps.
    routes.push(downloadsRoute(version), ...customerRoutes(version), batchRoute(version));
    routes.push(...orderRoutes(version));
    if (version === 'v3') routes.push(...countryRoutes());
  }
  return routes;
}
