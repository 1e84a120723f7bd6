// `/customers/<customer_id>/downloads`: the download permissions of one customer, unpaginated.
// A missing customer is a 404 even for anonymous requests: that check runs first.

import { WpError, restResult } from '../errors.ts';
import { READABLE, defineRoute, type Route, type RouteContext } from '../router.ts';
import { ID_ARG } from './customer-args.ts';
import { downloadData } from '../serialize.ts';
import type { ApiVersion } from '../types.ts';

function permission(ctx: RouteContext): WpError | null {
  const id = Number(ctx.req.get('customer_id'));
  if (!ctx.state.db.get(id)) {
    return new WpError('woocommerce_rest_customer_invalid', 'Resource does not exist.', 404);
  }
  if (ctx.userId === null)
    return new WpError('woocommerce_rest_cannot_view', 'Sorry, you cannot list resources.', 401);
  return null;
}

export function downloadsRoute(version: ApiVersion): Route {
  const ns = `wc/${version}`;
  return defineRoute(
    ns,
    `/${ns}/customers/(?P<customer_id>[\\d]+)/downloads`,
    [
      {
        methods: READABLE,
        args: {
          customer_id: ID_ARG,
          context: {
            type: 'string',
            enum: ['view'],
            default: 'view',
            description:
              'Scope under which the request is made; determines fields present in response.',
          },
        },
        permission,
        callback: (ctx) => {
          const user = ctx.state.db.get(Number(ctx.req.get('customer_id')));
          if (!user)
            return new WpError(
              'woocommerce_rest_customer_invalid',
              'Resource does not exist.',
              404,
            );
          return restResult(
            user.downloads.map((grant) => downloadData(user, grant, version, ctx.site)),
          );
        },
      },
    ],
    version,
  );
}
