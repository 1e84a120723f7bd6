import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createStoreHandler, type StoreHandler } from '../../demo-store/handler';
import { E2E_KEYS } from './fixtures';

// A store whose data was written by an attacker (a customer signing up, a plugin, an import):
// markup, event handlers, script URLs, bidi overrides and huge values in every field the app
// shows. The demo store serves it from a data file (demo-store/data-file.ts); a filter in front
// of it, like a hostile WordPress plugin, also turns every avatar and download URL into a
// `javascript:` URL, which the demo store itself would never produce.

/** Every payload, if it ever ran, would set `window.__pwned` or open a dialog. */
export const HOSTILE = {
  script: `<script>window.__pwned='script'</script>`,
  img: `<img src=x onerror="window.__pwned='img'">`,
  svg: `<svg onload="alert('svg')"></svg>`,
  attr: `" onmouseover="window.__pwned='attr'" x="`,
  jsUrl: `javascript:window.__pwned='url'`,
  rtl: '\u202Egnp.exe\u202C',
  long: 'Ω'.repeat(10_240),
};

/** The site's name in its `/wp-json/` index, which the app keeps as the store's name on connect. */
export const HOSTILE_STORE_NAME = `Shop ${HOSTILE.script} ${HOSTILE.img} ${HOSTILE.rtl}`;

const address = {
  first_name: HOSTILE.script,
  last_name: HOSTILE.img,
  company: HOSTILE.svg,
  address_1: HOSTILE.attr,
  address_2: HOSTILE.jsUrl,
  city: HOSTILE.rtl,
  state: HOSTILE.img,
  postcode: HOSTILE.script,
  country: 'US',
  phone: HOSTILE.jsUrl,
};

const download = {
  download_id: 'd1',
  product_id: 7,
  product_name: HOSTILE.script,
  // The marker lets a test wait until the downloads are on screen.
  download_name: `Marker-file ${HOSTILE.img}`,
  order_id: 9,
  order_key: 'wc_order_x',
  downloads_remaining: 'unlimited',
  access_expires: 'never',
  file: { name: HOSTILE.svg, file: HOSTILE.jsUrl },
};

export const HOSTILE_USERS = [
  { id: 1, username: 'admin', email: 'admin@example.com', role: 'administrator' },
  {
    id: 2,
    username: 'hostile-markup',
    email: 'markup@example.com',
    first_name: HOSTILE.script,
    last_name: HOSTILE.img,
    display_name: HOSTILE.svg,
    url: HOSTILE.jsUrl,
    billing: { ...address, email: 'billing@example.com' },
    shipping: address,
    meta_data: [
      { key: 'note', value: HOSTILE.script },
      { key: HOSTILE.img, value: { html: HOSTILE.svg, link: HOSTILE.jsUrl } },
    ],
    downloads: [download],
  },
  {
    id: 3,
    username: 'hostile-long',
    email: 'long@example.com',
    first_name: HOSTILE.long,
    last_name: HOSTILE.rtl,
    display_name: HOSTILE.long,
    billing: { ...address, first_name: HOSTILE.long, city: HOSTILE.long, email: 'b@example.com' },
    meta_data: [{ key: 'bio', value: HOSTILE.long }],
    downloads: [
      { ...download, product_name: HOSTILE.long, file: { ...download.file, name: HOSTILE.rtl } },
    ],
  },
  {
    id: 4,
    username: 'hostile-attr',
    email: 'attr@example.com',
    first_name: HOSTILE.attr,
    last_name: HOSTILE.rtl,
    billing: { ...address, company: HOSTILE.attr, email: 'c@example.com' },
  },
];

function poisonUrls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(poisonUrls);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = key === 'avatar_url' || key === 'download_url' ? HOSTILE.jsUrl : poisonUrls(inner);
  }
  return out;
}

async function filtered(
  response: Response,
): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  let body = Buffer.from(await response.arrayBuffer());
  if ((headers['content-type'] ?? '').includes('json') && body.length > 0) {
    try {
      body = Buffer.from(JSON.stringify(poisonUrls(JSON.parse(body.toString('utf8')))));
      delete headers['content-length'];
    } catch {
      // Not JSON after all (a fault): pass it through.
    }
  }
  return { status: response.status, headers, body };
}

async function toRequest(req: IncomingMessage, base: string): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(base + (req.url ?? '/'), {
    method: req.method ?? 'GET',
    headers,
    body: hasBody ? Uint8Array.from(Buffer.concat(chunks)) : undefined,
  });
}

/** Shaped like the demo store's RunningStore, so the usual e2e helpers accept it. */
export interface HostileStore {
  url: string;
  port: number;
  https: false;
  handler: StoreHandler;
  close(): Promise<void>;
}

export async function startHostileStore(): Promise<HostileStore> {
  const handler = createStoreHandler({
    ...E2E_KEYS,
    data: { users: HOSTILE_USERS },
    siteName: HOSTILE_STORE_NAME,
  });
  let base = '';
  const server: Server = createServer((req, res) => {
    void (async () => {
      const answer = await filtered(await handler.handle(await toRequest(req, base)));
      res.writeHead(answer.status, answer.headers).end(answer.body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  handler.siteUrl = base;
  return {
    url: base,
    port,
    https: false,
    handler,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
