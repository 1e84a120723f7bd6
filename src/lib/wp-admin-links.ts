import { safeHttpUrl } from './safe-url';

// Links into WordPress's own admin screens. `wp-admin/` lives under WordPress's address (the
// `/wp-json/` index's `url`, its `siteurl`), which for a WordPress installed in a sub-directory is
// not the home URL; when the index is not known, the address the user connected with is used.
// The base comes from the store, so anything but an absolute http(s) URL gives no link at all.

function adminUrl(siteUrl: string, page: string, params: Record<string, string>): string | null {
  const safe = safeHttpUrl(siteUrl);
  if (!safe) return null;
  const base = new URL(safe);
  base.search = '';
  base.hash = '';
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  const url = new URL(`wp-admin/${page}`, base);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.href;
}

/** The order's edit screen; WooCommerce forwards it to its own orders screen when that is on. */
export function orderAdminUrl(siteUrl: string, orderId: number): string | null {
  return adminUrl(siteUrl, 'post.php', { post: String(orderId), action: 'edit' });
}

/** The user's profile screen in WordPress. */
export function userAdminUrl(siteUrl: string, userId: number): string | null {
  return adminUrl(siteUrl, 'user-edit.php', { user_id: String(userId) });
}
