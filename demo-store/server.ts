// The demo store on a real socket: a Node http(s) server on 127.0.0.1 that adapts requests to the
// Fetch-API handler. HTTPS uses a self-signed certificate made at startup for 127.0.0.1/localhost.

import { readFile } from 'node:fs/promises';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import { createStoreHandler, type StoreHandler, type StoreHandlerOptions } from './handler.ts';

/** The handler's options, plus where to listen and a data file instead of parsed data. */
export interface StoreOptions extends Pick<
  StoreHandlerOptions,
  | 'key'
  | 'secret'
  | 'readKey'
  | 'readSecret'
  | 'customers'
  | 'seed'
  | 'namespaces'
  | 'timezone'
  | 'homeUrl'
> {
  /** 0 (default) picks a free port. */
  port?: number;
  https?: boolean;
  /** JSON file with users to serve instead of seeded ones (format in data-file.ts). */
  dataFile?: string;
}

export interface RunningStore {
  /** e.g. http://127.0.0.1:43121, without trailing slash. */
  url: string;
  port: number;
  https: boolean;
  /** PEM certificate of an HTTPS store, for clients that want to trust it. */
  cert?: string;
  close(): Promise<void>;
  handler: StoreHandler;
}

async function toFetchRequest(
  req: IncomingMessage,
  base: string,
  signal: AbortSignal,
): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const method = req.method ?? 'GET';
  let body: Uint8Array<ArrayBuffer> | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    body = Uint8Array.from(Buffer.concat(chunks));
  }
  // Concatenated, not resolved: `//x` must stay a path, not become a host.
  return new Request(base + (req.url ?? '/'), { method, headers, body, signal });
}

async function respond(
  handler: StoreHandler,
  base: string,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const aborter = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) aborter.abort();
  });
  let response: Response;
  try {
    response = await handler.handle(await toFetchRequest(req, base, aborter.signal));
  } catch (error) {
    res
      .writeHead(400, { 'Content-Type': 'text/plain' })
      .end(error instanceof Error ? error.message : 'bad request');
    return;
  }
  // Response.error() is the handler's way to say "drop the connection without an answer".
  if (response.type === 'error') {
    req.socket.destroy();
    return;
  }
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  const body = Buffer.from(await response.arrayBuffer());
  if (!res.destroyed)
    res.writeHead(response.status, headers).end(req.method === 'HEAD' ? undefined : body);
}

async function certificate(): Promise<{ key: string; cert: string }> {
  const pems = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

export async function startStore(opts: StoreOptions): Promise<RunningStore> {
  const data = opts.dataFile
    ? (JSON.parse(await readFile(opts.dataFile, 'utf8')) as unknown)
    : undefined;
  const handler = createStoreHandler({ ...opts, ...(data !== undefined ? { data } : {}) });
  const https = opts.https === true;
  const tls = https ? await certificate() : null;
  let base = '';
  const listener = (req: IncomingMessage, res: ServerResponse) =>
    void respond(handler, base, req, res);
  const server = tls
    ? createHttpsServer({ key: tls.key, cert: tls.cert }, listener)
    : createHttpServer(listener);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  base = `${https ? 'https' : 'http'}://127.0.0.1:${port}`;
  handler.siteUrl = base;
  return {
    url: base,
    port,
    https,
    ...(tls ? { cert: tls.cert } : {}),
    handler,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive and delayed requests would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}
