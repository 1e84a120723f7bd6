import { request as httpsRequest } from 'node:https';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startStore, type RunningStore } from '../server.ts';
import { KEYS, signUrl } from './helpers.ts';

const running: RunningStore[] = [];

async function start(
  options: Partial<Parameters<typeof startStore>[0]> = {},
): Promise<RunningStore> {
  const store = await startStore({ ...KEYS, customers: 30, seed: 3, ...options });
  running.push(store);
  return store;
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((store) => store.close()));
});

function httpsGet(store: RunningStore, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpsRequest(`${store.url}${path}`, { ca: store.cert, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('startStore over http', () => {
  it('listens on 127.0.0.1 with a free port and serves signed requests', async () => {
    const store = await start();
    expect(store.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(store.https).toBe(false);
    const index = await fetch(`${store.url}/wp-json/`, { headers: { Origin: 'http://app.test' } });
    expect(index.status).toBe(200);
    expect(index.headers.get('Access-Control-Allow-Origin')).toBe('http://app.test');
    expect(((await index.json()) as { url: string }).url).toBe(store.url);
    const list = await fetch(signUrl(`${store.url}/wp-json/wc/v3/customers?per_page=2`));
    expect(list.status).toBe(200);
    const next = `<${store.url}/wp-json/wc/v3/customers?per_page=2&oauth_consumer_key=`;
    expect(list.headers.get('Link')).toMatch(/&page=2>; rel="next"$/);
    expect(list.headers.get('Link')?.startsWith(next)).toBe(true);
    const created = await fetch(
      signUrl(`${store.url}/wp-json/wc/v3/customers`, { method: 'POST' }),
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'over.the.wire@example.org' }),
      },
    );
    expect(created.status).toBe(201);
    expect(created.headers.get('Location')).toMatch(
      new RegExp(`^${store.url}/wp-json/wc/v3/customers/\\d+$`),
    );
  });

  it('destroys the connection for a drop fault', async () => {
    const store = await start();
    store.handler.faults.add({ match: { path: '/wp-json/' }, fault: { type: 'drop' } });
    await expect(fetch(`${store.url}/wp-json/`)).rejects.toThrow();
  });

  it('delays, then answers normally', async () => {
    const store = await start();
    store.handler.faults.add({
      match: { path: '/wp-json/' },
      fault: { type: 'delay', ms: 300 },
      times: 1,
    });
    const started = Date.now();
    const response = await fetch(`${store.url}/wp-json/`);
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it('closes promptly even with a long delayed request and keep-alive connections open', async () => {
    const store = await start();
    await fetch(`${store.url}/wp-json/`);
    store.handler.faults.add({
      match: { path: '/wp-json/' },
      fault: { type: 'delay', ms: 30_000 },
    });
    const pending = fetch(`${store.url}/wp-json/`).then(
      () => 'answered',
      () => 'failed',
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await store.close();
    running.splice(running.indexOf(store), 1);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await pending).toBe('failed');
  });

  it('serves users from a data file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'demo-store-test-'));
    try {
      const file = join(dir, 'users.json');
      const users = [
        { id: 1, username: 'boss', email: 'boss@example.org', role: 'administrator' },
        {
          username: 'ann',
          email: 'ann@example.org',
          first_name: 'Ann',
          meta_data: [{ key: 'n', value: 7 }],
        },
      ];
      await writeFile(file, JSON.stringify({ users }));
      const store = await start({ dataFile: file });
      const response = await fetch(signUrl(`${store.url}/wp-json/wc/v3/customers`));
      const body = (await response.json()) as {
        id: number;
        username: string;
        meta_data: { value: unknown }[];
      }[];
      expect(body.map((user) => [user.id, user.username])).toEqual([[2, 'ann']]);
      expect(body[0]?.meta_data[0]?.value).toBe('7');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('startStore over https', () => {
  it('uses a self-signed certificate for 127.0.0.1 and accepts Basic auth', async () => {
    const store = await start({ https: true });
    expect(store.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const basic = `Basic ${Buffer.from(`${KEYS.key}:${KEYS.secret}`).toString('base64')}`;
    const ok = await httpsGet(store, '/wp-json/wc/v3/customers?per_page=1', {
      Authorization: basic,
    });
    expect(ok.status).toBe(200);
    const wrong = await httpsGet(store, '/wp-json/wc/v3/customers', {
      Authorization: `Basic ${Buffer.from(`${KEYS.key}:nope`).toString('base64')}`,
    });
    expect(wrong.status).toBe(401);
    expect(JSON.parse(wrong.body)).toMatchObject({ message: 'Consumer secret is invalid.' });
  });
});
