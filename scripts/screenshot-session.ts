// What every screenshot script needs: a demo store, the built app on a static server, Chromium
// that reaches nothing but this machine, and pages that start already connected (as after
// "remember on this device"), so each script is only about the screen it shows.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startStore, type RunningStore } from '../demo-store/server';
import { DEFAULT_STORE_OPTIONS } from '../demo-store/cli';
import { startStaticServer } from '../e2e/support/static-server';
import { CHROMIUM_ARGS, chromiumExecutablePath } from '../e2e/support/chromium';

export interface ShotView {
  scheme: 'light' | 'dark';
  width: number;
  timezoneId?: string;
}

export interface ScreenshotSession {
  store: RunningStore;
  appUrl: string;
  outDir: string;
  /** A page in a fresh context, connected to the demo store; close it with its context. */
  connectedPage(view: ShotView): Promise<Page>;
  close(): Promise<void>;
}

export async function startScreenshotSession(options: {
  customers?: number;
  outDir?: string;
  distDir?: string;
}): Promise<ScreenshotSession> {
  const outDir = resolve(options.outDir ?? 'docs/screenshots');
  await mkdir(outDir, { recursive: true });
  const store = await startStore({
    ...DEFAULT_STORE_OPTIONS,
    port: 0,
    customers: options.customers,
  });
  const app = await startStaticServer(
    resolve(options.distDir ?? process.env.E2E_DIST_DIR ?? 'dist'),
  );
  // Avatars point at Gravatar: names other than this machine do not resolve, so nothing leaves it.
  const browser = await chromium.launch({
    executablePath: chromiumExecutablePath(),
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const connection = JSON.stringify({
    storeUrl: store.url,
    storeName: 'Customer Desk Demo Store',
    version: 'v3',
    authMode: 'auto',
    consumerKey: DEFAULT_STORE_OPTIONS.key,
    consumerSecret: DEFAULT_STORE_OPTIONS.secret,
    remember: true,
    access: 'read_write',
  });

  return {
    store,
    appUrl: app.url,
    outDir,
    async connectedPage({ scheme, width, timezoneId }) {
      const context = await browser.newContext({
        colorScheme: scheme,
        viewport: { width, height: 900 },
        timezoneId,
      });
      await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
        'customer-desk.connection',
        connection,
      ] as const);
      return context.newPage();
    },
    async close() {
      await browser.close();
      await app.close();
      await store.close();
    },
  };
}
