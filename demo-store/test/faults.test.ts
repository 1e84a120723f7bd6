import { describe, expect, it } from 'vitest';
import { PHP_NOTICE } from '../fault-responses.ts';
import { HTTP, call, list, makeStore, obj } from './helpers.ts';

const LIST = '/wp-json/wc/v3/customers';

async function addFault(store: ReturnType<typeof makeStore>, rule: unknown) {
  const response = await store.handle(
    new Request(`${HTTP}/__demo/faults`, {
      method: 'POST',
      body: JSON.stringify(rule),
      headers: { 'Content-Type': 'application/json' },
    }),
  );
  return { status: response.status, body: obj(await response.json()) };
}

describe('fault injection (in process)', () => {
  it('replaces an answer with a status fault, WordPress critical error by default', async () => {
    const store = makeStore();
    const added = await addFault(store, {
      match: { path: LIST, method: 'GET' },
      fault: { type: 'status', status: 500 },
    });
    expect(added.status).toBe(201);
    expect(added.body.id).toMatch(/^fault-/);
    const result = await call(store, LIST, { headers: { Origin: 'http://app.test' } });
    expect(result.status).toBe(500);
    expect(result.body).toMatchObject({ code: 'internal_server_error', data: { status: 500 } });
    expect(result.headers.get('Access-Control-Allow-Origin')).toBe('http://app.test');
    expect(
      (await call(store, LIST, { method: 'POST', body: { email: 'f@example.org' } })).status,
    ).toBe(201);
  });

  it('uses a given body and headers, and counts down `times`', async () => {
    const store = makeStore();
    const body = { code: 'woocommerce_rest_cannot_view', message: 'Nope', data: { status: 503 } };
    await addFault(store, {
      match: { path: '/wp-json/wc/v3' },
      fault: { type: 'status', status: 503, body, headers: { 'Retry-After': '2' } },
      times: 1,
    });
    const first = await call(store, `${LIST}/10`);
    expect(first.status).toBe(503);
    expect(first.body).toEqual(body);
    expect(first.headers.get('Retry-After')).toBe('2');
    expect((await call(store, `${LIST}/10`)).status).toBe(200);
  });

  it('serves an HTML error page, without CORS when asked', async () => {
    const store = makeStore();
    await addFault(store, {
      match: { pathPattern: '^/wp-json/wc/v3/customers/\\d+$' },
      fault: { type: 'html', cors: false },
    });
    const result = await call(store, `${LIST}/10`, { headers: { Origin: 'http://app.test' } });
    expect(result.status).toBe(502);
    expect(result.text).toContain('502 Bad Gateway');
    expect(result.headers.get('Content-Type')).toBe('text/html');
    expect(result.headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect((await call(store, LIST)).status).toBe(200);
  });

  it('truncates JSON, keeping status and headers', async () => {
    const store = makeStore();
    await addFault(store, { match: { path: LIST }, fault: { type: 'invalid-json' } });
    const result = await call(store, LIST);
    expect(result.status).toBe(200);
    expect(result.body).toBeUndefined();
    expect(result.headers.get('X-WP-Total')).not.toBeNull();
  });

  it('prefixes a PHP notice to otherwise valid JSON', async () => {
    const store = makeStore();
    await addFault(store, { match: { path: LIST }, fault: { type: 'php-notice' } });
    const result = await call(store, `${LIST}/10`);
    expect(result.text.startsWith(PHP_NOTICE)).toBe(true);
    expect(obj(JSON.parse(result.text.slice(PHP_NOTICE.length))).id).toBe(10);
  });

  it('answers normally but without CORS headers for no-cors', async () => {
    const store = makeStore();
    await addFault(store, { match: { path: LIST }, fault: { type: 'no-cors' } });
    const result = await call(store, LIST, { headers: { Origin: 'http://app.test' } });
    expect(result.status).toBe(200);
    expect(result.headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect(result.headers.get('Access-Control-Expose-Headers')).toBeNull();
  });

  it('drops the connection as a network error, and `when: "after"` still performs the write', async () => {
    const store = makeStore();
    await addFault(store, {
      match: { path: LIST, method: 'POST' },
      fault: { type: 'drop', when: 'after' },
    });
    const before = store.db.size;
    const response = await store.handle(
      new Request(`${HTTP}${LIST}`, {
        method: 'POST',
        body: '{"email":"lost.reply@example.org"}',
        headers: { 'Content-Type': 'application/json' },
      }),
    );
    expect(response.type).toBe('error');
    expect(store.db.size).toBe(before);
    const signed = await call(store, LIST, {
      method: 'POST',
      body: { email: 'lost.reply@example.org' },
    });
    expect(signed.status).toBe(0);
    expect(store.db.size).toBe(before + 1);
  });

  it('matches by query parameters', async () => {
    const store = makeStore();
    await addFault(store, {
      match: { path: LIST, query: { page: '2' } },
      fault: { type: 'status', status: 500 },
    });
    expect((await call(store, `${LIST}?page=1`)).status).toBe(200);
    expect((await call(store, `${LIST}?page=2`)).status).toBe(500);
  });
});

describe('control API', () => {
  it('lists, deletes one and clears faults', async () => {
    const store = makeStore();
    const a = await addFault(store, { match: { path: LIST }, fault: { type: 'delay', ms: 5 } });
    await addFault(store, { match: { path: LIST }, fault: { type: 'no-cors' } });
    const listed = await store.handle(new Request(`${HTTP}/__demo/faults`));
    expect(list(await listed.json())).toHaveLength(2);
    const removed = await store.handle(
      new Request(`${HTTP}/__demo/faults/${String(a.body.id)}`, { method: 'DELETE' }),
    );
    expect(await removed.json()).toEqual({ deleted: true });
    const cleared = await store.handle(new Request(`${HTTP}/__demo/faults`, { method: 'DELETE' }));
    expect(await cleared.json()).toEqual({ cleared: 1 });
    expect(store.faults.list()).toEqual([]);
  });

  it('refuses malformed rules with a readable message', async () => {
    const store = makeStore();
    const bad = await addFault(store, { match: {}, fault: { type: 'status' } });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/path/);
    expect(
      (await addFault(store, { match: { path: '/' }, fault: { type: 'explode' } })).status,
    ).toBe(400);
  });

  it('logs requests without secrets, and reset re-seeds and clears faults, nonces and the log', async () => {
    const store = makeStore();
    await call(store, `${LIST}?per_page=2`, { headers: { Origin: 'http://app.test' } });
    await call(store, `https://store.test${LIST}`, { auth: 'basic' });
    const log = list(await (await store.handle(new Request(`${HTTP}/__demo/requests`))).json());
    expect(
      log.map((entry) => [entry.method, entry.path, entry.status, entry.authorization]),
    ).toEqual([
      ['GET', LIST, 200, false],
      ['GET', LIST, 200, true],
    ]);
    expect(String(log[0]?.query)).toMatch(/^per_page=2&oauth_consumer_key=/);
    await call(store, `${LIST}/10`, { method: 'DELETE', body: undefined, auth: 'oauth' });
    await call(store, `${LIST}/10?force=true`, { method: 'DELETE' });
    await addFault(store, { match: { path: LIST }, fault: { type: 'no-cors' } });
    const reset = await store.handle(new Request(`${HTTP}/__demo/reset`, { method: 'POST' }));
    expect(reset.status).toBe(200);
    expect(store.db.get(10)).toBeDefined();
    expect(store.faults.list()).toEqual([]);
    expect(store.requests.list()).toEqual([]);
  });

  it('can reset to another size', async () => {
    const store = makeStore();
    const response = await store.handle(
      new Request(`${HTTP}/__demo/reset`, { method: 'POST', body: '{"customers": 5}' }),
    );
    const body = obj(await response.json());
    expect(Number(body.users)).toBeLessThan(20);
  });

  it('is CORS-enabled', async () => {
    const store = makeStore();
    const response = await store.handle(
      new Request(`${HTTP}/__demo/faults`, {
        method: 'OPTIONS',
        headers: { Origin: 'http://app.test' },
      }),
    );
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('http://app.test');
  });
});
