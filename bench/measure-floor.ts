// The cold open's floor (bench/floor/): the same list request and 100 rows, drawn without React
// (floor.html) and by React alone (react-floor.html), built and served as the app is (gzip,
// hashed assets cached for good) and opened cold the way measureGrid opens the app, so the three
// times can be read side by side.
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../e2e/support/static-server';
import type { BenchSession } from './app-session';
import { buildBenchPages, SERVED_AS_ON_A_CDN } from './bench-pages';
import { rowsShownInPage, type RowsShown } from './measure-grid';

const FLOOR_DIR = fileURLToPath(new URL('./floor/', import.meta.url));

/** The floor drawn by DOM calls, or by React alone. */
export type FloorKind = 'dom' | 'react';
const PAGES: Record<FloorKind, string> = { dom: 'floor.html', react: 'react-floor.html' };

export interface FloorPages {
  /** A floor page's address, opened on the grid's first page of 100. */
  url(kind: FloorKind): string;
  /** Opens a floor page cold and resolves when its 100 rows are in the DOM and painted. */
  open(kind: FloorKind): Promise<RowsShown>;
  close(): Promise<void>;
}

export async function startFloorPages(session: BenchSession): Promise<FloorPages> {
  const dir = await buildBenchPages(FLOOR_DIR, Object.values(PAGES));
  const server = await startStaticServer(dir, '/', SERVED_AS_ON_A_CDN);
  const url = (kind: FloorKind) => `${server.url}${PAGES[kind]}#/customers?per_page=100`;
  return {
    url,
    async open(kind) {
      const page = await session.coldPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      let timer: NodeJS.Timeout | undefined;
      try {
        const { shown } = await rowsShownInPage(page, 100);
        await page.goto(url(kind));
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            const why = errors.join('; ') || 'no page error';
            reject(new Error(`${PAGES[kind]}: no rows after 20 s (${why})`));
          }, 20_000);
        });
        return await Promise.race([shown, timeout]);
      } finally {
        clearTimeout(timer);
        await page.context().close();
      }
    },
    async close() {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
