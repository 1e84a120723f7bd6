// WooCommerce's pagination headers. The page used for the links is derived from the offset, and
// the links repeat the whole request query (oauth_* included) with only `page` replaced.

interface Pagination {
  total: number;
  perPage: number;
  offset: number;
  /** Collection URL without query. */
  base: string;
  rawQuery: string;
}

/** add_query_arg('page', n): replaces `page` where it is, or appends it. */
function withPage(base: string, rawQuery: string, page: number): string {
  const pairs = rawQuery === '' ? [] : rawQuery.split('&').filter((pair) => pair !== '');
  let replaced = false;
  const out: string[] = [];
  for (const pair of pairs) {
    const name = decodeURIComponent(pair.split('=')[0]?.replace(/\+/g, ' ') ?? '');
    if (name !== 'page') out.push(pair);
    else if (!replaced) {
      out.push(`page=${page}`);
      replaced = true;
    }
  }
  if (!replaced) out.push(`page=${page}`);
  return `${base}?${out.join('&')}`;
}

export function paginationHeaders(p: Pagination): Headers {
  const headers = new Headers();
  const maxPages = Math.ceil(p.total / p.perPage);
  const page = Math.ceil(p.offset / p.perPage + 1);
  headers.set('X-WP-Total', String(p.total));
  headers.set('X-WP-TotalPages', String(maxPages));
  const links: string[] = [];
  if (page > 1) {
    const prev = Math.min(page - 1, maxPages);
    links.push(`<${withPage(p.base, p.rawQuery, prev)}>; rel="prev"`);
  }
  if (maxPages > page) links.push(`<${withPage(p.base, p.rawQuery, page + 1)}>; rel="next"`);
  if (links.length > 0) headers.set('Link', links.join(', '));
  return headers;
}
