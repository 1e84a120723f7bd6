// `/wc/v3/data/countries` and `/data/countries/<code>`: the v3-only data endpoints. They need a
// key like everything under /wc/ (WooCommerce checks the manage-settings read capability).

import { COUNTRIES, findCountry, type StoreCountry } from '../countries.ts';
import { WpError, restResult } from '../errors.ts';
import { READABLE, defineRoute, type Route, type RouteContext } from '../router.ts';
import type { JsonObject } from '../types.ts';
import { CONTEXT_ARG } from './customer-args.ts';
import { itemResult, requireUser } from './customers.ts';

const canView = requireUser('woocommerce_rest_cannot_view', 'Sorry, you cannot list resources.');
const canViewItem = requireUser(
  'woocommerce_rest_cannot_view',
  'Sorry, you cannot view this resource.',
);

function countryData(ctx: RouteContext, country: StoreCountry): JsonObject {
  const base = `${ctx.site.siteUrl}/wp-json/wc/v3/data/countries`;
  return {
    code: country.code,
    name: country.name,
    // PHP array keys that look like integers become integers: UM's states print as numbers.
    states: country.states.map((state) => ({
      code: /^(0|[1-9]\d*)$/.test(state.code) ? Number(state.code) : state.code,
      name: state.name,
    })),
    _links: {
      self: [{ href: `${base}/${country.code.toLowerCase()}` }],
      collection: [{ href: base }],
    },
  };
}

// The store's currency: the customers API gives amounts without one. WooCommerce serves it here
// (3.5+); the demo store sells in euros so that formatting is visibly not a guessed dollar.
export const STORE_CURRENCY = { code: 'EUR', name: 'Euro', symbol: '&euro;' };

export function countryRoutes(): Route[] {
  // In WooCommerce's registration order, which the namespace index keeps.
  return [
    defineRoute(
      'wc/v3',
      '/wc/v3/data/countries',
      [
        {
          methods: READABLE,
          args: {},
          permission: canView,
          callback: (ctx) => restResult(COUNTRIES.map((country) => countryData(ctx, country))),
        },
      ],
      'v3',
    ),
    defineRoute(
      'wc/v3',
      '/wc/v3/data/countries/(?P<location>[\\w-]+)',
      [
        {
          methods: READABLE,
          args: { context: CONTEXT_ARG },
          permission: canView,
          callback: (ctx) => {
            const country = findCountry(String(ctx.req.get('location') ?? ''));
            if (!country) {
              return new WpError(
                'woocommerce_rest_data_invalid_location',
                'There are no locations matching these parameters.',
                404,
              );
            }
            return itemResult(countryData(ctx, country));
          },
        },
      ],
      'v3',
    ),
    defineRoute(
      'wc/v3',
      '/wc/v3/data/currencies/current',
      [
        {
          methods: READABLE,
          args: {},
          permission: canViewItem,
          callback: (ctx) =>
            itemResult({
              ...STORE_CURRENCY,
              _links: {
                self: [
                  {
                    href: `${ctx.site.siteUrl}/wp-json/wc/v3/data/currencies/${STORE_CURRENCY.code}`,
                  },
                ],
                collection: [{ href: `${ctx.site.siteUrl}/wp-json/wc/v3/data/currencies` }],
              },
            }),
        },
      ],
      'v3',
    ),
  ];
}
