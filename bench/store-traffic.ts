// The store requests a page made, counted from the browser's side (Playwright's requestfinished),
// so a retry or a duplicate shows. Preflights are not reported by Playwright and not counted.
import type { Page, Request } from '@playwright/test';

export interface Traffic {
  count: number;
  kb: number;
  /** "METHOD /path" of each request, in order. */
  requests: string[];
}

const isStore = (request: Request) => new URL(request.url()).pathname.startsWith('/wp-json/');

export function storeTraffic(page: Page) {
  const seen: Request[] = [];
  const pending = new Set<Request>();
  page.on('request', (request) => {
    if (isStore(request)) pending.add(request);
  });
  page.on('requestfailed', (request) => pending.delete(request));
  page.on('requestfinished', (request) => {
    pending.delete(request);
    if (isStore(request)) seen.push(request);
  });
  return {
    /**
     * Resolves once no store request has been in flight for `quietMs`. Playwright's
     * `networkidle` is a load state reached once per navigation, so waiting for it again later
     * returns at once, even while a prefetch is still on its way.
     */
    quiet: async (quietMs = 300): Promise<void> => {
      let quietSince = Date.now();
      while (pending.size > 0 || Date.now() - quietSince < quietMs) {
        if (pending.size > 0) quietSince = Date.now();
        await page.waitForTimeout(25);
      }
    },
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
