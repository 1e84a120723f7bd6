// The built app (fresh build in a temp dir), the demo store and Chromium, for measurements.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'vite';
import { startStore, type RunningStore } from '../demo-store/server';
import { CHROMIUM_ARGS, chromiumExecutablePath } from '../e2e/support/chromium';
import { startStaticServer, type StaticServer } from '../e2e/support/static-server';
import { SERVED_AS_ON_A_CDN } from './bench-pages';

export const KEYS = { key: 'ck_bench_app', secret: 'cs_bench_app' };
/** Where the app keeps a remembered connection (src/session/connection-storage.ts). */
export const CONNECTION_KEY = 'customer-desk.connection';

export interface BenchSession {
  store: RunningStore;
  app: StaticServer;
  distDir: string;
  browser: Browser;
  /** The remembered connection (JSON) every cold page starts with, under CONNECTION_KEY. */
  connection: string;
  /**
   * What a returning user's localStorage holds, which every cold page starts with (key, value):
   * the remembered connection and what the app kept from an earlier visit (the store's index and
   * currency, the settings the boot needs). Cold means an empty HTTP cache, not a first visit:
   * a browser that remembers the connection has been here before.
   */
  remembered: (readonly [string, string])[];
  /** A page in a new context (cold cache), already connected to the store. */
  coldPage(): Promise<Page>;
  /** Gzipped size of a built file, by its URL on the static server. */
  gzippedSize(url: string): Promise<number>;
  close(): Promise<void>;
}

/** Another store for the app to connect to (the real WooCommerce); the demo store still runs. */
export interface BenchTarget {
  storeUrl: string;
  key: string;
  secret: string;
}

export async function startBenchSession(
  customers: number,
  target?: BenchTarget,
): Promise<BenchSession> {
  const distDir = await mkdtemp(join(tmpdir(), 'customer-desk-bench-'));
  // BENCH_NO_MINIFY=1 keeps function names readable in CPU profiles (sizes are then not the real ones).
  const minify = process.env.BENCH_NO_MINIFY ? false : undefined;
  await build({ logLevel: 'silent', build: { outDir: distDir, emptyOutDir: true, minify } });
  const store = await startStore({ port: 0, https: false, customers, seed: 5, ...KEYS });
  const app = await startStaticServer(distDir, '/', SERVED_AS_ON_A_CDN);
  const browser = await chromium.launch({
    executablePath: chromiumExecutablePath(),
    // CHROMIUM_ARGS resolve no host but this machine: avatars' outside links go nowhere.
    args: CHROMIUM_ARGS,
  });
  const connection = JSON.stringify({
    storeUrl: target?.storeUrl ?? store.url,
    storeName: 'Bench store',
    version: 'v3',
    authMode: 'auto',
    consumerKey: target?.key ?? KEYS.key,
    consumerSecret: target?.secret ?? KEYS.secret,
    remember: true,
    access: 'read_write',
  });
  const remembered = await returningUserStorage(browser, app.url, connection);
  return {
    store,
    app,
    distDir,
    browser,
    connection,
    remembered,
    async coldPage() {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      await context.addInitScript((entries) => {
        for (const [key, value] of entries) localStorage.setItem(key, value);
      }, remembered);
      return context.newPage();
    },
    async gzippedSize(url) {
      const path = new URL(url).pathname.replace(/^\//, '');
      return gzipSync(await readFile(join(distDir, path))).length;
    },
    async close() {
      await browser.close();
      await app.close();
      await store.close();
    },
  };
}

/** localStorage after one visit of the grid with the connection remembered, as (key, value) pairs. */
async function returningUserStorage(
  browser: Browser,
  appUrl: string,
  connection: string,
): Promise<[string, string][]> {
  const context = await browser.newContext();
  try {
    await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
      CONNECTION_KEY,
      connection,
    ] as const);
    const page = await context.newPage();
    await page.goto(`${appUrl}#/customers`);
    await page.waitForSelector('table[aria-label="Customers"] tbody tr[data-id]');
    await page.waitForLoadState('networkidle');
    const storage = await page.evaluate(() => Object.entries(localStorage));
    for (const key of ['customer-desk.boot-settings', 'customer-desk.store-snapshot']) {
      if (!storage.some(([stored]) => stored === key)) throw new Error(`the app kept no ${key}`);
    }
    return storage;
  } finally {
    await context.close();
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 ? upper : ((sorted[mid - 1] ?? upper) + upper) / 2;
}
