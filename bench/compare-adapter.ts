// Our fetch adapter against the official @woocommerce/woocommerce-rest-api client, in the same
// Chromium, same run: the gzipped browser bundle of each (built by Vite like the app), and the time
// to sign, then to make, 1,000 OAuth 1.0a requests (a stub answers, so only the client works).
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { build } from 'vite';
import { nodePolyfills } from 'vite-plugin-node-polyfills';
import { startStaticServer } from '../e2e/support/static-server';
import { median } from './app-session';

const PAGES_DIR = 'bench/compare-adapter';
const REQUESTS = 1000;
const WARM_UP = 100;

type AdapterName = 'ours' | 'official';
type Step = 'sign' | 'request';

export interface AdapterFigures {
  gzipKB: number;
  /** ms to sign 1,000 requests (median of runs). */
  signMs: number;
  /** ms for 1,000 whole calls: URL, signing, send to the stub, read the answer. */
  requestMs: number;
}

export interface AdapterComparison {
  requests: number;
  ours: AdapterFigures;
  official: AdapterFigures;
  /** official ÷ ours: above 1 means ours is smaller or faster. */
  ratios: { gzip: number; sign: number; request: number };
}

/** Builds one page; the official client needs Node's buffer, stream and events in a browser. */
async function buildPage(name: AdapterName): Promise<{ dir: string; gzipKB: number }> {
  const dir = await mkdtemp(join(tmpdir(), `customer-desk-adapter-${name}-`));
  await build({
    configFile: false,
    logLevel: 'silent',
    root: PAGES_DIR,
    plugins: name === 'official' ? [nodePolyfills()] : [],
    build: {
      outDir: dir,
      emptyOutDir: true,
      rollupOptions: { input: `${PAGES_DIR}/${name}.html` },
    },
  });
  const assets = join(dir, 'assets');
  const files = (await readdir(assets)).filter((file) => /\.(js|css)$/.test(file));
  let bytes = 0;
  for (const file of files) bytes += gzipSync(await readFile(join(assets, file))).length;
  return { dir, gzipKB: bytes / 1024 };
}

export async function compareAdapters(browser: Browser, runs: number): Promise<AdapterComparison> {
  const built = { ours: await buildPage('ours'), official: await buildPage('official') };
  const servers = {
    ours: await startStaticServer(built.ours.dir),
    official: await startStaticServer(built.official.dir),
  };
  const context = await browser.newContext();
  try {
    const pages = {
      ours: await context.newPage(),
      official: await context.newPage(),
    };
    const times: Record<AdapterName, Record<Step, number[]>> = {
      ours: { sign: [], request: [] },
      official: { sign: [], request: [] },
    };
    for (const name of ['ours', 'official'] as const) {
      const page = pages[name];
      await page.goto(`${servers[name].url}${name}.html`);
      await page.waitForFunction(() => window.adapterBench !== undefined);
      // Warm the JIT and Web Crypto up before anything is timed.
      await page.evaluate(async (n) => {
        await window.adapterBench?.sign(n);
        await window.adapterBench?.request(n);
      }, WARM_UP);
    }
    const timeIt = (name: AdapterName, step: Step) =>
      pages[name].evaluate(
        async ([count, which]) => {
          const start = performance.now();
          await window.adapterBench?.[which](count);
          return performance.now() - start;
        },
        [REQUESTS, step] as const,
      );
    // Interleaved, so a noisy moment on the machine hits both clients alike.
    for (let run = 0; run < runs; run += 1) {
      for (const step of ['sign', 'request'] as const) {
        for (const name of ['ours', 'official'] as const)
          times[name][step].push(await timeIt(name, step));
      }
    }
    const figures = (name: AdapterName): AdapterFigures => ({
      gzipKB: built[name].gzipKB,
      signMs: median(times[name].sign),
      requestMs: median(times[name].request),
    });
    const [ours, official] = [figures('ours'), figures('official')];
    return {
      requests: REQUESTS,
      ours,
      official,
      ratios: {
        gzip: official.gzipKB / ours.gzipKB,
        sign: official.signMs / ours.signMs,
        request: official.requestMs / ours.requestMs,
      },
    };
  } finally {
    await context.close();
    await Promise.all([servers.ours.close(), servers.official.close()]);
    await Promise.all(
      [built.ours.dir, built.official.dir].map((dir) => rm(dir, { recursive: true })),
    );
  }
}
