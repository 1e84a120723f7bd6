// `GET /wc/<version>/orders` and `/orders/<id>` (read only): WooCommerce's order list as a
// customer's history needs it — filter by customer, status, product, dates, include/exclude,
// search; paging with WordPress's headers; the six `orderby` values. Creating and changing
// orders is not served (see README.md).

import { gmtOffsetHours, parseGmt } from '../dates.ts';
import { WpError, restResult, type RestResult } from '../errors.ts';
import { parseIdList, parseList, phpString } from '../php.ts';
import { READABLE, defineRoute, type Route, type RouteContext } from '../router.ts';
import { orderData } from '../orders/order-data.ts';
import type { StoreOrder } from '../orders/order-types.ts';
import type { ApiVersion, JsonValue } from '../types.ts';
import { CONTEXT_ARG, ID_ARG } from './customer-args.ts';
import { itemResult, requireUser } from './customers.ts';
import { orderCollectionArgs } from './order-args.ts';
import { paginationHeaders } from './pagination.ts';

const canList = requireUser('woocommerce_rest_cannot_view', 'Sorry, you cannot list resources.');
const canView = requireUser(
  'woocommerce_rest_cannot_view',
  'Sorry, you cannot view this resource.',
);

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** The order post's title, "Order &ndash; Dec 04, 2026 @ 07:11 AM" (GMT, as WooCommerce makes it). */
function postTitle(order: StoreOrder): string {
  const d = new Date(order.created);
  const hours = d.getUTCHours();
  const two = (n: number) => String(n).padStart(2, '0');
  const when = `${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())}, ${d.getUTCFullYear()} @ ${two(hours % 12 || 12)}:${two(d.getUTCMinutes())} ${hours < 12 ? 'AM' : 'PM'}`;
  return `Order &ndash; ${when}`;
}

/** Its slug, sanitize_title() of the title: "order-dec-04-2026-0711-am". */
function postSlug(order: StoreOrder): string {
  return postTitle(order)
    .replace('&ndash;', '')
    .toLowerCase()
    .replace(/[@:,]/g, '')
    .trim()
    .replace(/\s+/g, '-');
}

/** A request date as epoch ms: site time unless `dates_are_gmt` (or an explicit offset). */
function requestDate(value: JsonValue | undefined, gmtDates: boolean, ctx: RouteContext) {
  if (typeof value !== 'string' || value === '') return null;
  const plain = value.replace(' ', 'T').slice(0, 19);
  const ms = parseGmt(plain);
  if (ms === null) return null;
  if (gmtDates) return ms;
  return ms - gmtOffsetHours(ms, ctx.site.timezone) * 3_600_000;
}

// v2/v3 compute these only when `_fields` names them exactly: WordPress passes `line_items.quantity`
// on as it is, WooCommerce looks for `line_items` and does not find it (observed on 7.9), so the
// nested form leaves the lines out altogether. v1 computes everything, and WordPress then trims a
// nested list to `[]`.
const EXTRA_FIELDS = [
  'meta_data',
  'line_items',
  'tax_lines',
  'shipping_lines',
  'fee_lines',
  'coupon_lines',
  'refunds',
  'payment_url',
  'is_editable',
  'needs_payment',
  'needs_processing',
];

function orderFor(ctx: RouteContext, order: StoreOrder, version: ApiVersion) {
  const data = orderData(order, ctx.state.orders.customerOf(order), version, ctx.site);
  const fields = ctx.req.get('_fields');
  if (version === 'v1' || fields === undefined || fields === null) return data;
  const named = parseList(fields).map((field) => String(field).trim());
  return Object.fromEntries(
    Object.entries(data).filter(([key]) => !EXTRA_FIELDS.includes(key) || named.includes(key)),
  );
}

function withStatusList(rawQuery: string, statuses: string[]): string {
  const list = statuses.map((status, i) => `status%5B${i}%5D=${encodeURIComponent(status)}`);
  const pairs = rawQuery === '' ? [] : rawQuery.split('&');
  const at = pairs.findIndex((pair) => pair.split('=')[0] === 'status');
  if (at === -1) return [...pairs, ...list].join('&');
  return [
    ...pairs.slice(0, at),
    ...list,
    ...pairs.slice(at + 1).filter((p) => p.split('=')[0] !== 'status'),
  ].join('&');
}

function sortKey(orderby: string): (order: StoreOrder) => number | string {
  switch (orderby) {
    case 'id':
      return (order) => order.id;
    case 'modified':
      return (order) => Math.floor(order.modified / 1000);
    case 'title':
      return postTitle;
    case 'slug':
      return postSlug;
    default:
      return (order) => Math.floor(order.created / 1000);
  }
}

function listOrders(ctx: RouteContext, version: ApiVersion): RestResult {
  const { req, state } = ctx;
  const book = state.orders;
  const perPage = Number(req.get('per_page'));
  const page = Number(req.get('page'));
  const offsetArg = Number(req.get('offset') ?? 0);
  const offset = offsetArg > 0 ? offsetArg : (page - 1) * perPage;
  const customer = req.get('customer');
  let orders =
    customer === undefined || customer === null ? book.all() : book.ofCustomer(Number(customer));

  const statuses = parseList(req.get('status') ?? 'any').map((s) => phpString(s));
  if (!statuses.includes('any')) {
    orders = orders.filter((order) => statuses.includes(order.status));
  } else orders = orders.filter((order) => order.status !== 'trash');
  const include = parseIdList(req.get('include') ?? []).filter((id) => id > 0);
  const exclude = new Set(parseIdList(req.get('exclude') ?? []));
  if (include.length > 0) orders = orders.filter((order) => include.includes(order.id));
  if (exclude.size > 0) orders = orders.filter((order) => !exclude.has(order.id));
  const product = Number(req.get('product') ?? 0);
  if (product > 0)
    orders = orders.filter((order) => order.items.some((item) => item.productId === product));
  const gmtDates = req.get('dates_are_gmt') === true || req.get('dates_are_gmt') === 'true';
  const bounds = [
    ['after', (o: StoreOrder) => o.created, 1],
    ['before', (o: StoreOrder) => o.created, -1],
    ['modified_after', (o: StoreOrder) => o.modified, 1],
    ['modified_before', (o: StoreOrder) => o.modified, -1],
  ] as const;
  for (const [param, value, sign] of bounds) {
    const limit = requestDate(req.get(param), gmtDates, ctx);
    if (limit !== null) orders = orders.filter((o) => (value(o) - limit) * sign > 0);
  }
  const search = phpString(req.get('search') ?? '').toLowerCase();
  if (search !== '') {
    orders = orders.filter((order) =>
      [String(order.id), order.billing.first_name, order.billing.last_name, order.billing.email]
        .concat(order.items.map((item) => item.name))
        .some((text) => text.toLowerCase().includes(search)),
    );
  }

  const orderby = phpString(req.get('orderby'));
  const direction = phpString(req.get('order')) === 'asc' ? 1 : -1;
  let sorted: StoreOrder[];
  if (orderby === 'include' && include.length > 0) {
    sorted = [...orders].sort((a, b) => include.indexOf(a.id) - include.indexOf(b.id));
  } else {
    const key = sortKey(orderby);
    // Equal keys (two orders in one second) fall back to the id, in the same direction.
    sorted = [...orders].sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      return (ka < kb ? -1 : ka > kb ? 1 : a.id - b.id) * direction;
    });
  }
  const pageItems = sorted.slice(offset, offset + perPage);
  const data = pageItems.map((order) => orderFor(ctx, order, version));
  const base = `${ctx.site.siteUrl}/wp-json/wc/${version}/orders`;
  // The links repeat the request's query as WooCommerce leaves it after answering: v3 has turned
  // `status` into a list (`status[0]=…`, in place or appended), and v2/v3 set `dp` and `context`
  // on the request while printing the first order (so only when there was one).
  let rawQuery = version === 'v3' ? withStatusList(req.rawQuery, statuses) : req.rawQuery;
  if (version !== 'v1' && pageItems.length > 0) {
    const names = rawQuery.split('&').map((pair) => pair.split('=')[0]);
    const add = [
      ['dp', '2'],
      ['context', 'view'],
    ].filter(([name]) => !names.includes(name));
    rawQuery = [rawQuery, ...add.map(([name, value]) => `${name}=${value}`)]
      .filter(Boolean)
      .join('&');
  }
  // WooCommerce's posts controller numbers the links by `page`, whatever the offset.
  const linkOffset = (page - 1) * perPage;
  return restResult(
    data,
    200,
    paginationHeaders({
      total: orders.length,
      perPage,
      offset: linkOffset,
      base,
      rawQuery,
    }),
  );
}

function getOrder(ctx: RouteContext, version: ApiVersion): RestResult | WpError {
  const id = Number(ctx.req.get('id'));
  const order = id > 0 ? ctx.state.orders.get(id) : undefined;
  if (!order) return new WpError('woocommerce_rest_shop_order_invalid_id', 'Invalid ID.', 404);
  return itemResult(orderFor(ctx, order, version));
}

export function orderRoutes(version: ApiVersion): Route[] {
  const ns = `wc/${version}`;
  return [
    defineRoute(
      ns,
      `/${ns}/orders`,
      [
        {
          methods: READABLE,
          args: orderCollectionArgs(version),
          permission: canList,
          callback: (ctx) => listOrders(ctx, version),
        },
      ],
      version,
    ),
    defineRoute(
      ns,
      `/${ns}/orders/(?P<id>[\\d]+)`,
      [
        {
          methods: READABLE,
          args: { id: ID_ARG, context: CONTEXT_ARG },
          permission: canView,
          callback: (ctx) => getOrder(ctx, version),
        },
      ],
      version,
    ),
  ];
}
