// The bench's own pages (bench/compare-grid/, bench/floor/): each folder built on its own with
// Vite, outside the app's config, into a temp dir; and how the bench serves what it opens cold.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import type { StaticServerOptions } from '../e2e/support/static-server';

/** Builds `pages` (HTML files in `root`) into a new temp dir, whose path it returns. */
export async function buildBenchPages(root: string, pages: readonly string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'customer-desk-bench-pages-'));
  await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'silent',
    plugins: [react()],
    build: {
      outDir: dir,
      emptyOutDir: true,
      target: 'es2022',
      rolldownOptions: { input: pages.map((page) => join(root, page)) },
    },
  });
  return dir;
}

/** Served as docs/deployment.md asks of a CDN: compressed, hashed assets cached for good. */
export const SERVED_AS_ON_A_CDN: StaticServerOptions = {
  gzip: true,
  headers: (path) => ({
    'Cache-Control': path.startsWith('assets/')
      ? 'public, max-age=31536000, immutable'
      : 'no-cache',
  }),
};
