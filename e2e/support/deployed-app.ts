import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { distDir } from './dist-dir';
import { startStaticServer, type StaticServer } from './static-server';

// The built app as docs/deployment.md tells people to host it: a plain static server, optionally
// under a sub-path, with the documented Content-Security-Policy and cache headers.

// Playwright runs from the repository root (as dist-dir.ts assumes too).
const DOC = resolve('docs/deployment.md');
const DOC_STORE = 'https://shop.example.com';
const DOC_HOST = 'https://portal.example.com';

/**
 * The CSP line from docs/deployment.md with this test's addresses filled in, so the policy the
 * tests enforce is exactly the one the guide tells people to send.
 */
export function documentedCsp(store: string, frameAncestors: string[] = []): string {
  const line = readFileSync(DOC, 'utf8')
    .split('\n')
    .find((text) => text.startsWith('Content-Security-Policy: '));
  if (!line) throw new Error('docs/deployment.md has no Content-Security-Policy line');
  const policy = line.slice('Content-Security-Policy: '.length).trim();
  const storeOrigin = new URL(store).origin;
  const ancestors = frameAncestors.length > 0 ? frameAncestors.join(' ') : "'none'";
  return policy.split(DOC_STORE).join(storeOrigin).split(DOC_HOST).join(ancestors);
}

/** The documented cache rules: hashed assets immutable, the rest revalidated. */
export function cacheControl(relativePath: string): string {
  return relativePath.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export interface DeployOptions {
  basePath?: string;
  csp: string;
  /** config.json's content (any text, to test broken files); absent: no config.json (404). */
  configJson?: string;
}

export function startDeployedApp(options: DeployOptions): Promise<StaticServer> {
  return startStaticServer(distDir(), options.basePath ?? '/', {
    headers: (path) => ({
      'Content-Security-Policy': options.csp,
      'Cache-Control': cacheControl(path),
      'X-Content-Type-Options': 'nosniff',
    }),
    files: options.configJson === undefined ? {} : { 'config.json': options.configJson },
  });
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Records CSP violations in every frame of the page: `securitypolicyviolation` events (which also
 * catch a caught `eval` probe) and the browser's own console reports. Call before navigating.
 */
export async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    window.__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  const fromConsole: string[] = [];
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) fromConsole.push(message.text());
  });
  return async () => {
    const perFrame = await Promise.all(
      page
        .frames()
        .map((frame) =>
          frame.evaluate(() => window.__cspViolations ?? []).catch(() => [] as string[]),
        ),
    );
    return [...fromConsole, ...perFrame.flat()];
  };
}
