// `/wc/<version>/customers` and `/customers/<id>`: list with WordPress pagination headers, read,
// create (201 + Location), update via POST/PUT/PATCH and delete (force only).

import { queryUsers, type CustomerQuery } from '../customer-query.ts';
import { WpError, restResult, type RestResult } from '../errors.ts';
import { phpString } from '../php.ts';
import {
  CREATABLE,
  DELETABLE,
  EDITABLE,
  READABLE,
  defineRoute,
  type Route,
  type RouteContext,
} from '../router.ts';
import { customerData } from '../serialize.ts';
import type { ApiVersion, JsonObject, StoreUser } from '../types.ts';
import {
  COLLECTION_ARGS,
  CONTEXT_ARG,
  DELETE_ARGS,
  ID_ARG,
  createArgs,
  updateArgs,
} from './customer-args.ts';
import { createCustomer, deleteCustomer, updateCustomer } from './customer-writes.ts';
import { paginationHeaders } from './pagination.ts';

export function requireUser(code: string, message: string) {
  return (ctx: RouteContext): WpError | null =>
    ctx.userId === null ? new WpError(code, message, 401) : null;
}

const canList = requireUser('woocommerce_rest_cannot_view', 'Sorry, you cannot list resources.');
const canView = requireUser(
  'woocommerce_rest_cannot_view',
  'Sorry, you cannot view this resource.',
);
const canCreate = requireUser(
  'woocommerce_rest_cannot_create',
  'Sorry, you are not allowed to create resources.',
);
const canEdit = requireUser(
  'woocommerce_rest_cannot_edit',
  'Sorry, you are not allowed to edit this resource.',
);
const canDelete = requireUser(
  'woocommerce_rest_cannot_delete',
  'Sorry, you are not allowed to delete this resource.',
);

function versionOf(ctx: RouteContext): ApiVersion {
  return ctx.version ?? 'v3';
}

/** A single object: its `_links` live outside the data so `_fields` cannot remove them. */
export function itemResult(data: JsonObject, status = 200): RestResult {
  const { _links, ...rest } = data;
  const result = restResult(rest, status);
  if (_links && typeof _links === 'object' && !Array.isArray(_links)) result.links = _links;
  return result;
}

function listCustomers(ctx: RouteContext): RestResult {
  const { req } = ctx;
  const perPage = Number(req.get('per_page'));
  const offsetArg = Number(req.get('offset') ?? 0);
  const offset = offsetArg > 0 ? offsetArg : (Number(req.get('page')) - 1) * perPage;
  const role = phpString(req.get('role'));
  const email = req.get('email');
  const query: CustomerQuery = {
    role: role === 'all' ? null : role,
    include: (req.get('include') as number[] | undefined) ?? [],
    exclude: (req.get('exclude') as number[] | undefined) ?? [],
    search: phpString(req.get('search') ?? ''),
    email: typeof email === 'string' && email !== '' ? email : null,
    orderby: phpString(req.get('orderby')) as CustomerQuery['orderby'],
    order: phpString(req.get('order')) === 'desc' ? 'desc' : 'asc',
    offset,
    limit: perPage,
  };
  const { total, users } = queryUsers(ctx.state.db, query);
  const data = users.map((user) => customerData(user, versionOf(ctx), ctx.site));
  const base = `${ctx.site.siteUrl}/wp-json/wc/${versionOf(ctx)}/customers`;
  return restResult(
    data,
    200,
    paginationHeaders({ total, perPage, offset, base, rawQuery: req.rawQuery }),
  );
}

function getCustomer(ctx: RouteContext): RestResult | WpError {
  const id = Number(ctx.req.get('id'));
  const user = id > 0 ? ctx.state.db.get(id) : undefined;
  if (!user) return new WpError('woocommerce_rest_invalid_id', 'Invalid resource ID.', 404);
  return itemResult(customerData(user, versionOf(ctx), ctx.site));
}

function written(
  ctx: RouteContext,
  result: StoreUser | WpError,
  status = 200,
): RestResult | WpError {
  if (result instanceof WpError) return result;
  const item = itemResult(customerData(result, versionOf(ctx), ctx.site), status);
  if (status === 201) {
    item.headers.set(
      'Location',
      `${ctx.site.siteUrl}/wp-json/wc/${versionOf(ctx)}/customers/${result.id}`,
    );
  }
  return item;
}

export function customerRoutes(version: ApiVersion): Route[] {
  const ns = `wc/${version}`;
  return [
    defineRoute(
      ns,
      `/${ns}/customers`,
      [
        { methods: READABLE, args: COLLECTION_ARGS, permission: canList, callback: listCustomers },
        {
          methods: CREATABLE,
          args: createArgs(version),
          permission: canCreate,
          callback: (ctx) =>
            written(ctx, createCustomer(ctx.req, ctx.state, version, ctx.site.now), 201),
        },
      ],
      version,
    ),
    defineRoute(
      ns,
      `/${ns}/customers/(?P<id>[\\d]+)`,
      [
        {
          methods: READABLE,
          args: { id: ID_ARG, context: CONTEXT_ARG },
          permission: canView,
          callback: getCustomer,
        },
        {
          methods: EDITABLE,
          args: { id: ID_ARG, ...updateArgs(version) },
          permission: canEdit,
          callback: (ctx) =>
            written(ctx, updateCustomer(ctx.req, ctx.state, version, ctx.site.now)),
        },
        {
          methods: DELETABLE,
          args: DELETE_ARGS,
          permission: canDelete,
          callback: (ctx) => {
            const deleted = deleteCustomer(ctx.req, ctx.state);
            return deleted instanceof WpError
              ? deleted
              : itemResult(customerData(deleted, version, ctx.site));
          },
        },
      ],
      version,
    ),
  ];
}
