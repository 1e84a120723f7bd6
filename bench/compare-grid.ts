// Our customers table next to MUI X DataGrid (community) on the same 100 rows: each built on its
// own with Vite, served from 127.0.0.1, loaded cold in Chromium. Each page times its own render
// (see compare-grid/timing.ts); bytes are the gzipped JS and CSS the page loaded.
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { startStaticServer, type StaticServer } from '../e2e/support/static-server';
import { median } from './app-session';
import { buildBenchPages } from './bench-pages';
import { ROW_COUNT } from './compare-grid/customers';
import type { PageTiming } from './compare-grid/timing';

const PAGES_DIR = fileURLToPath(new URL('./compare-grid/', import.meta.url));

export interface GridRenderTiming {
  /** Median ms from just before createRoot().render() until the rows were in the DOM. */
  renderMs: number;
  /** Median ms from navigation start until the rows were in the DOM. */
  toVisibleMs: number;
  /** Median ms from navigation start until the frame showing them had been painted. */
  toPaintedMs: number;
  /** Rows in the DOM once painted (median over runs). */
  rowsInDom: number;
}

export interface GridComparison {
  runs: number;
  rows: number;
  /** Our CustomersTable (v3 columns): waits for all 100 rows. */
  ours: GridRenderTiming & { gzipKB: number };
  dataGrid: {
    /** One build serves both modes. */
    gzipKB: number;
    /** Default, in a viewport-high box: waits for the first row; rowsInDom says how many render. */
    virtualised: GridRenderTiming;
    /** disableVirtualization + autoHeight: waits for all 100 rows. */
    allRows: GridRenderTiming;
  };
  /** DataGrid ÷ ours (above 1: DataGrid is bigger or slower). */
  ratios: {
    gzip: number;
    renderAllRows: number;
    toVisibleAllRows: number;
    renderVirtualised: number;
    toVisibleVirtualised: number;
  };
}

export interface CompareGridOptions {
  /** Where to save one screenshot of each page (taken on the last run); none if unset. */
  screenshotDir?: string;
}

interface Built {
  dir: string;
  server: StaticServer;
  url: string;
}

async function buildPage(html: string): Promise<Built> {
  const dir = await buildBenchPages(PAGES_DIR, [html]);
  const server = await startStaticServer(dir);
  return { dir, server, url: `${server.url}${html}` };
}

interface Load {
  timing: PageTiming;
  assets: string[];
}

async function loadCold(browser: Browser, url: string, screenshot?: string): Promise<Load> {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const assets: string[] = [];
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (/\.(js|css)$/.test(path)) assets.push(path);
    });
    await page.goto(url);
    const handle = await page
      .waitForFunction(() => window.gridBench, undefined, { timeout: 30_000 })
      .catch((error: unknown) => {
        // Say why the page never finished: its own errors are the useful part.
        throw new Error(
          `${url}: no timing after 30 s; page errors: ${errors.join('; ') || 'none'}`,
          {
            cause: error,
          },
        );
      });
    const timing = (await handle.jsonValue()) as PageTiming;
    if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
    if (screenshot) await page.screenshot({ path: screenshot });
    return { timing, assets: [...new Set(assets)] };
  } finally {
    await context.close();
  }
}

async function gzipKB(dir: string, assets: string[]): Promise<number> {
  if (assets.length === 0) throw new Error(`no JS or CSS loaded from ${dir}`);
  const sizes = await Promise.all(
    assets.map(async (path) => gzipSync(await readFile(join(dir, path))).length),
  );
  return round(sizes.reduce((a, b) => a + b, 0) / 1024);
}

function summarise(loads: Load[]): GridRenderTiming {
  const of = (pick: (t: PageTiming) => number) => round(median(loads.map((l) => pick(l.timing))));
  return {
    renderMs: of((t) => t.rowsAt - t.renderStart),
    toVisibleMs: of((t) => t.rowsAt),
    toPaintedMs: of((t) => t.paintedAt),
    rowsInDom: of((t) => t.rows),
  };
}

const round = (value: number) => Math.round(value * 10) / 10;
const ratio = (theirs: number, ours: number) => Math.round((theirs / ours) * 100) / 100;

export async function compareGrid(
  browser: Browser,
  runs: number,
  options: CompareGridOptions = {},
): Promise<GridComparison> {
  const built: Built[] = [];
  try {
    built.push(await buildPage('ours.html'));
    built.push(await buildPage('data-grid.html'));
    const [ours, theirs] = built as [Built, Built];
    const shots = options.screenshotDir;
    if (shots) await mkdir(shots, { recursive: true });
    const variants = [
      { name: 'ours', url: ours.url },
      { name: 'data-grid-virtualised', url: theirs.url },
      { name: 'data-grid-all-rows', url: `${theirs.url}?rows=all` },
    ];
    const loads: Load[][] = variants.map(() => []);
    // Interleaved, so a slow moment of a shared machine does not fall on one page only.
    for (let run = 0; run < runs; run++) {
      for (const [i, variant] of variants.entries()) {
        const shot = shots && run === runs - 1 ? join(shots, `${variant.name}.png`) : undefined;
        loads[i]?.push(await loadCold(browser, variant.url, shot));
      }
    }
    const [oursLoads = [], virtualLoads = [], allLoads = []] = loads;
    const oursTiming = summarise(oursLoads);
    const virtualised = summarise(virtualLoads);
    const allRows = summarise(allLoads);
    const oursKB = await gzipKB(ours.dir, oursLoads[0]?.assets ?? []);
    const theirsKB = await gzipKB(theirs.dir, allLoads[0]?.assets ?? []);
    return {
      runs,
      rows: ROW_COUNT,
      ours: { ...oursTiming, gzipKB: oursKB },
      dataGrid: { gzipKB: theirsKB, virtualised, allRows },
      ratios: {
        gzip: ratio(theirsKB, oursKB),
        renderAllRows: ratio(allRows.renderMs, oursTiming.renderMs),
        toVisibleAllRows: ratio(allRows.toVisibleMs, oursTiming.toVisibleMs),
        renderVirtualised: ratio(virtualised.renderMs, oursTiming.renderMs),
        toVisibleVirtualised: ratio(virtualised.toVisibleMs, oursTiming.toVisibleMs),
      },
    };
  } finally {
    for (const { server, dir } of built) {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  }
}
