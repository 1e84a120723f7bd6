import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** Extra response headers (a CSP, cache headers…), per file path relative to the base path. */
  headers?: (relativePath: string) => Record<string, string>;
  /** Files served instead of (or in addition to) the ones on disk, e.g. a test's `config.json`. */
  files?: Record<string, string>;
  /** Gzip text files for clients that accept it, as a CDN does (benchmarks measure with it). */
  gzip?: boolean;
}

/**
 * Serves the built `dist/` like a plain static host or CDN: files only, no rewrites, optionally
 * under a sub-path, so e2e tests see the app exactly as it is deployed.
 */
export async function startStaticServer(
  root: string,
  basePath = '/',
  options: StaticServerOptions = {},
): Promise<StaticServer> {
  // Compressed once per file, as a CDN keeps it: gzipping the bundle on every request would put
  // the server's work into the page-load times the benchmarks measure.
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!pathname.startsWith(basePath)) {
      res.writeHead(404).end('Not found');
      return;
    }
    let relative = pathname.slice(basePath.length);
    if (relative === '' || relative.endsWith('/')) relative += 'index.html';
    const file = normalize(join(root, relative));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    const extra = options.headers?.(relative) ?? {};
    try {
      const body = options.files?.[relative] ?? (await readFile(file));
      const type = MIME[extname(file)] ?? 'application/octet-stream';
      const compress =
        options.gzip &&
        /text|json|svg/.test(type) &&
        /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      res.writeHead(200, {
        'Content-Type': type,
        ...(compress ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
        ...extra,
      });
      if (compress && !gzipped.has(relative)) gzipped.set(relative, gzipSync(body));
      res.end(compress ? gzipped.get(relative) : body);
    } catch {
      res.writeHead(404, extra).end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server has no port');
  return {
    url: `http://127.0.0.1:${address.port}${basePath}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
