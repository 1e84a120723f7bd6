// WooCommerce checks OAuth signatures against its own home URL (scheme from how PHP sees the
// request, host, port and path from the home URL), and honours Basic auth only when PHP sees
// HTTPS. When the address typed here is not the one the store believes it has — a proxy that
// drops the port or rewrites the Host, a site configured as https but reached over http — every
// signature is rejected although key and secret are right. The store's `/wp-json/` index names
// its own address, so the difference can be shown instead of "wrong secret".

export type AddressPart = 'scheme' | 'host' | 'port' | 'path';

function parse(url: string): URL | null {
  try {
    return new URL(url.trim());
  } catch {
    return null;
  }
}

function pathOf(url: URL): string {
  return url.pathname.replace(/\/+$/, '');
}

/** The parts in which two store addresses differ; empty when they are the same address. */
export function addressDifferences(typed: string, reported: string): AddressPart[] {
  const a = parse(typed);
  const b = parse(reported);
  if (!a || !b) return [];
  const parts: AddressPart[] = [];
  if (a.protocol !== b.protocol) parts.push('scheme');
  if (a.hostname !== b.hostname) parts.push('host');
  // `port` is '' for the scheme's default, so http://x:80 and http://x are the same.
  if (a.port !== b.port) parts.push('port');
  if (pathOf(a) !== pathOf(b)) parts.push('path');
  return parts;
}
