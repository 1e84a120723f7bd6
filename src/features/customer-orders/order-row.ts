import type { ApiVersion } from '../../api/client';
import { orderItemCount, type OrderSummary } from '../../api/schemas/order';
import { revealBidiControls } from '../../lib/bidi';
import { formatAmount, formatCount } from '../../lib/format-amount';
import { formatStoreWallClock, formatUtcInstant } from '../../lib/format-date';
import { orderAdminUrl } from '../../lib/wp-admin-links';

/** Statuses WooCommerce registers; anything else (a plugin's) is shown as the store sent it. */
export const KNOWN_STATUSES = [
  'pending',
  'processing',
  'on-hold',
  'completed',
  'cancelled',
  'refunded',
  'failed',
  'checkout-draft',
  'trash',
] as const;

export type KnownStatus = (typeof KNOWN_STATUSES)[number];

export function isKnownStatus(status: string): status is KnownStatus {
  return (KNOWN_STATUSES as readonly string[]).includes(status);
}

export interface OrderRow {
  id: number;
  /** "#1207": the store's order number (plugins may make it anything), as text. */
  number: string;
  /** Link to the order in wp-admin; null when WordPress's address is not an http(s) URL. */
  href: string | null;
  date: string;
  status: string;
  items: string | undefined;
  payment: string;
  total: string;
}

/**
 * The date as an instant in the viewer's zone when the store gives one (`date_created_gmt`; every
 * v1 date is GMT), else the store's own wall-clock time.
 */
function orderDate(order: OrderSummary, version: ApiVersion, locale: string): string {
  const gmt = version === 'v1' ? order.date_created : order.date_created_gmt;
  if (gmt) return formatUtcInstant(gmt, locale);
  return order.date_created ? formatStoreWallClock(order.date_created, locale) : '';
}

export function toOrderRow(
  order: OrderSummary,
  { version, locale, siteUrl }: { version: ApiVersion; locale: string; siteUrl: string },
): OrderRow {
  const count = orderItemCount(order);
  return {
    id: order.id,
    number: `#${revealBidiControls(order.number ?? String(order.id))}`,
    href: orderAdminUrl(siteUrl, order.id),
    date: orderDate(order, version, locale),
    status: order.status,
    items: count === undefined ? undefined : formatCount(count, locale),
    payment: order.payment_method_title ?? '',
    // In the order's own currency: a multi-currency store charges each order in its own.
    total: formatAmount(order.total, order.currency || undefined, locale),
  };
}
