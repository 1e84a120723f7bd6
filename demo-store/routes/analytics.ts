// `GET /wc-analytics/reports/customers`: WooCommerce Admin's customer index, guests included,
// with WordPress pagination headers. Readable with the same API keys as the customers routes.

import type { IndexRow } from '../analytics/customer-index.ts';
import { runReport, type ReportOrderby } from '../analytics/report-query.ts';
import { formatGmt, formatLocal } from '../dates.ts';
import { restResult, type RestResult } from '../errors.ts';
import { phpString } from '../php.ts';
import { READABLE, defineRoute, type Route, type RouteContext } from '../router.ts';
import type { SiteContext } from '../serialize.ts';
import type { JsonObject } from '../types.ts';
import { REPORT_ARGS } from './analytics-args.ts';
import { reportConditions } from './analytics-conditions.ts';
import { requireUser } from './customers.ts';
import { paginationHeaders } from './pagination.ts';

export const ANALYTICS_NAMESPACE = 'wc-analytics';

const canList = requireUser('woocommerce_rest_cannot_view', 'Sorry, you cannot list resources.');

function local(ms: number | null, site: SiteContext): string | null {
  return ms === null ? null : formatLocal(ms, site.timezone);
}

/** One report item; `date_last_order` is the raw local SQL value WooCommerce Admin passes through. */
export function reportItem(row: IndexRow, site: SiteContext): JsonObject {
  const item: JsonObject = {
    id: row.id,
    user_id: row.userId,
    username: row.username,
    name: row.name,
    email: row.email,
    country: row.country,
    city: row.city,
    state: row.state,
    postcode: row.postcode,
    // WooCommerce Admin adds the GMT dates after the rest.
    date_registered: local(row.registered, site),
    date_last_active: local(row.lastActive, site),
    date_last_order: local(row.lastOrder, site)?.replace('T', ' ') ?? null,
    orders_count: row.ordersCount,
    total_spend: row.totalSpend,
    avg_order_value: row.avgOrderValue,
    date_registered_gmt: row.registered === null ? null : formatGmt(row.registered),
    date_last_active_gmt: row.lastActive === null ? null : formatGmt(row.lastActive),
  };
  if (row.userId !== null) {
    // WooCommerce Admin links the index's own id here, not the user id.
    const base = `${site.siteUrl}/wp-json/${ANALYTICS_NAMESPACE}/customers`;
    item._links = { customer: [{ href: `${base}/${row.id}` }], collection: [{ href: base }] };
  }
  return item;
}

function listReport(ctx: RouteContext): RestResult {
  const { req } = ctx;
  const perPage = Number(req.get('per_page'));
  const offset = (Number(req.get('page')) - 1) * perPage;
  const { total, rows } = runReport(ctx.state.analytics.rows(), {
    ...reportConditions(req, ctx.site.timezone),
    match: phpString(req.get('match')) === 'any' ? 'any' : 'all',
    orderby: phpString(req.get('orderby')) as ReportOrderby,
    order: phpString(req.get('order')) === 'asc' ? 'asc' : 'desc',
    offset,
    limit: perPage,
  });
  const base = `${ctx.site.siteUrl}/wp-json/${ANALYTICS_NAMESPACE}/reports/customers`;
  return restResult(
    rows.map((row) => reportItem(row, ctx.site)),
    200,
    paginationHeaders({ total, perPage, offset, base, rawQuery: req.rawQuery }),
  );
}

export function analyticsRoutes(): Route[] {
  return [
    defineRoute(ANALYTICS_NAMESPACE, `/${ANALYTICS_NAMESPACE}/reports/customers`, [
      { methods: READABLE, args: REPORT_ARGS, permission: canList, callback: listReport },
    ]),
  ];
}
