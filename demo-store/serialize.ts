// Customer and download objects as each API version prints them. v1 prints every date in GMT
// (its controller says "v1 API used UTC"); v2/v3 print site-local dates plus `_gmt` twins.

import { formatGmt, formatLocal, gmtReadAsLocal } from './dates.ts';
import { md5Hex } from './md5.ts';
import type { ApiVersion, DownloadGrant, JsonObject, MetaRow, StoreUser } from './types.ts';

export interface SiteContext {
  /** Home URL without trailing slash, e.g. http://127.0.0.1:8787 */
  siteUrl: string;
  https: boolean;
  timezone: string;
  /** Epoch ms of the request. */
  now: number;
}

/** Keys WooCommerce keeps in user meta but never lists in `meta_data`. */
const INTERNAL_META = new Set(
  (
    'locale billing_postcode billing_city billing_address_1 billing_address_2 billing_state ' +
    'billing_country shipping_postcode shipping_city shipping_address_1 shipping_address_2 ' +
    'shipping_state shipping_country paying_customer last_update first_name last_name ' +
    'display_name show_admin_bar_front use_ssl admin_color rich_editing comment_shortcuts ' +
    'dismissed_wp_pointers show_welcome_panel session_tokens nickname description ' +
    'billing_first_name billing_last_name billing_company billing_phone billing_email ' +
    'shipping_first_name shipping_last_name shipping_company shipping_phone ' +
    'syntax_highlighting _order_count _money_spent _last_order _woocommerce_tracks_anon_id'
  ).split(' '),
);

export function isListedMeta(key: string): boolean {
  return (
    !INTERNAL_META.has(key) &&
    !key.startsWith('_woocommerce_persistent_cart') &&
    !key.startsWith('closedpostboxes_') &&
    !key.startsWith('metaboxhidden_') &&
    !key.startsWith('manageedit-') &&
    !key.includes('wp_') &&
    !key.toLowerCase().startsWith('wp_')
  );
}

export function avatarUrl(email: string, https: boolean): string {
  // get_avatar_data(): no hash for an empty email (a batch update can blank it); WordPress then
  // picks a random http server, here always 0.
  const hash = email.trim() === '' ? '' : md5Hex(email.trim().toLowerCase());
  const host = https
    ? 'https://secure.gravatar.com'
    : `http://${hash === '' ? 0 : parseInt(hash.charAt(0), 16) % 3}.gravatar.com`;
  return `${host}/avatar/${hash}?s=96&d=mm&r=g`;
}

function links(site: SiteContext, version: ApiVersion, id: number): JsonObject {
  const base = `${site.siteUrl}/wp-json/wc/${version}/customers`;
  return { self: [{ href: `${base}/${id}` }], collection: [{ href: base }] };
}

function localOrNull(ms: number | null, site: SiteContext): string | null {
  return ms === null ? null : formatLocal(ms, site.timezone);
}

function gmtOrNull(ms: number | null): string | null {
  return ms === null ? null : formatGmt(ms);
}

function metaData(rows: MetaRow[]): JsonObject[] {
  return rows
    .filter((row) => isListedMeta(row.key))
    .map((row) => ({ id: row.id, key: row.key, value: row.value }));
}

export function customerData(user: StoreUser, version: ApiVersion, site: SiteContext): JsonObject {
  // Copies, so that trimming a response never reaches into the database.
  const billing = { ...user.billing };
  const shipping = { ...user.shipping };
  const avatar = avatarUrl(user.email, site.https);
  if (version === 'v1') {
    return {
      id: user.id,
      // Off by the site's offset, as WooCommerce 7.9 prints it: WC_Customer reads the user's
      // registration time (kept in GMT) as site time, and v1 prints that instant in GMT. Berlin
      // in winter: registered 19:17 GMT, v1 says 18:17. v2/v3 print it right.
      date_created: formatGmt(gmtReadAsLocal(user.registered, site.timezone)),
      date_modified: gmtOrNull(user.modified),
      email: user.email,
      first_name: user.firstName,
      last_name: user.lastName,
      username: user.login,
      last_order: { id: user.lastOrder?.id ?? null, date: gmtOrNull(user.lastOrder?.date ?? null) },
      orders_count: user.ordersCount,
      total_spent: user.totalSpent,
      avatar_url: avatar,
      billing,
      shipping,
      _links: links(site, version, user.id),
    };
  }
  const data: JsonObject = {
    id: user.id,
    date_created: formatLocal(user.registered, site.timezone),
    date_created_gmt: formatGmt(user.registered),
    date_modified: localOrNull(user.modified, site),
    date_modified_gmt: gmtOrNull(user.modified),
    email: user.email,
    first_name: user.firstName,
    last_name: user.lastName,
    role: user.role,
    username: user.login,
    billing,
    shipping,
    is_paying_customer: user.isPayingCustomer,
    avatar_url: avatar,
    meta_data: metaData(user.meta),
  };
  // v2 appends its two extra fields after meta_data, as its controller adds them last.
  if (version === 'v2') {
    data.orders_count = user.ordersCount;
    data.total_spent = user.totalSpent;
  }
  data._links = links(site, version, user.id);
  return data;
}

export function downloadData(
  user: StoreUser,
  grant: DownloadGrant,
  version: ApiVersion,
  site: SiteContext,
): JsonObject {
  const api = `${site.siteUrl}/wp-json/wc/${version}`;
  const url =
    `${site.siteUrl}/?download_file=${grant.productId}&order=${grant.orderKey}` +
    `&email=${encodeURIComponent(user.billing.email || user.email)}&key=${grant.downloadId}`;
  const data: JsonObject = {
    download_url: url,
    download_id: grant.downloadId,
    product_id: grant.productId,
  };
  if (version !== 'v1') data.product_name = grant.productName;
  data.download_name = grant.downloadName;
  data.order_id = grant.orderId;
  data.order_key = grant.orderKey;
  data.downloads_remaining =
    grant.downloadsRemaining === '' ? 'unlimited' : grant.downloadsRemaining;
  if (version === 'v1') {
    data.access_expires = grant.accessExpires === null ? 'never' : formatGmt(grant.accessExpires);
  } else {
    data.access_expires =
      grant.accessExpires === null ? 'never' : formatLocal(grant.accessExpires, site.timezone);
    data.access_expires_gmt =
      grant.accessExpires === null ? 'never' : formatGmt(grant.accessExpires);
  }
  const fileUrl = grant.fileUrl.startsWith('/') ? `${site.siteUrl}${grant.fileUrl}` : grant.fileUrl;
  data.file = { name: grant.fileName, file: fileUrl };
  data._links = {
    collection: [{ href: `${api}/customers/${user.id}/downloads` }],
    product: [{ href: `${api}/products/${grant.productId}` }],
    order: [{ href: `${api}/orders/${grant.orderId}` }],
  };
  return data;
}
