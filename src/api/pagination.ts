// Totals come from X-WP-Total / X-WP-TotalPages, which WordPress exposes to CORS. We never follow
// the `Link` header: with OAuth in the query string its URLs repeat the old oauth_nonce and
// signature, so the next page is always built from our own parameters instead.

export interface Pagination {
  total: number;
  totalPages: number;
}

export interface PageContext {
  /** Items in the page just read. */
  itemCount: number;
  page?: number;
  perPage?: number;
}

function readCount(headers: Headers, name: string): number | undefined {
  const value = headers.get(name)?.trim();
  if (value === undefined || !/^\d+$/.test(value)) return undefined;
  return Number(value);
}

/**
 * When a proxy or CDN strips the headers we estimate rather than fail: everything before this page
 * plus this page, and one more page whenever this one came back full, so "next" stays usable.
 */
export function readPagination(
  headers: Headers,
  context: PageContext = { itemCount: 0 },
): Pagination {
  const total = readCount(headers, 'X-WP-Total');
  const totalPages = readCount(headers, 'X-WP-TotalPages');
  const page = context.page ?? 1;
  const perPage = context.perPage;
  if (total !== undefined && totalPages !== undefined) return { total, totalPages };
  if (total !== undefined) {
    return { total, totalPages: perPage ? Math.ceil(total / perPage) : total > 0 ? 1 : 0 };
  }
  const before = perPage ? (page - 1) * perPage : 0;
  const estimatedTotal = before + context.itemCount;
  const full = perPage !== undefined && context.itemCount >= perPage;
  const pages = context.itemCount > 0 ? page + (full ? 1 : 0) : Math.max(0, page - 1);
  return { total: estimatedTotal, totalPages: totalPages ?? pages };
}
