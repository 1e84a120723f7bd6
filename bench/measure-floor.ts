// The cold open's floor (bench/floor/floor.ts): the same list request and 100 rows, drawn without
// React, built and served as the app is (gzip, hashed assets cached for good) and opened cold
// the way measureGrid opens the app, so the two times can be read side by side.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { startStaticServer, type StaticServer } from '../e2e/support/static-server';
import type { BenchSession } from './app-session';
import { rowsShownInPage, type RowsShown } from './measure-grid';

const FLOOR_DIR = fileURLToPath(new URL('./floor/', import.meta.url));

export interface FloorPage {
  /** The floor page's address, opened on the grid's first page of 100. */
  url: string;
  /** Opens the floor page cold and resolves when its 100 rows are in the DOM and painted. */
  open(): Promise<RowsShown>;
  close(): Promise<void>;
}

export async function startFloorPage(session: BenchSession): Promise<FloorPage> {
  const dir = await mkdtemp(join(tmpdir(), 'customer-desk-floor-'));
  await build({
    configFile: false,
    root: FLOOR_DIR,
    base: './',
    logLevel: 'silent',
    build: {
      outDir: dir,
      emptyOutDir: true,
      target: 'es2022',
      rolldownOptions: { input: join(FLOOR_DIR, 'floor.html') },
    },
  });
  const server: StaticServer = await startStaticServer(dir, '/', {
    gzip: true,
    headers: (path) => ({
      'Cache-Control': path.startsWith('assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    }),
  });
  const url = `${server.url}floor.html#/customers?per_page=100`;
  return {
    url,
    async open() {
      const page = await session.coldPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      let timer: NodeJS.Timeout | undefined;
      try {
        const { shown } = await rowsShownInPage(page, 100);
        await page.goto(url);
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            const why = errors.join('; ') || 'no page error';
            reject(new Error(`floor page: no rows after 20 s (${why})`));
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
