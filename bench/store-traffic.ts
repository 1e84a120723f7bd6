// The store requests a page made, counted from the browser's side (Playwright's requestfinished),
// so a retry or a duplicate shows. Preflights are not reported by Playwright and not counted.
import type { Page, Request } from '@playwright/test';

export interface Traffic {
  count: number;
  kb: number;
  /** "METHOD /path" of each request, in order. */
  requests: string[];
}

export function storeTraffic(page: Page) {
  const seen: Request[] = [];
  page.on('requestfinished', (request) => {
    if (new URL(request.url()).pathname.startsWith('/wp-json/')) seen.push(request);
  });
  return {
    mark: () => seen.length,
    since: async (mark: number): Promise<Traffic> => {
      const batch = seen.slice(mark);
      const sizes = await Promise.all(batch.map((r) => r.sizes()));
      return {
        count: batch.length,
        kb: sizes.reduce((sum, s) => sum + s.responseBodySize, 0) / 1024,
        requests: batch.map((r) => `${r.method()} ${new URL(r.url()).pathname}`),
      };
    },
  };
}
