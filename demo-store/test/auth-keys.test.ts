import { describe, expect, it } from 'vitest';
import { HTTP, HTTPS, KEYS, call, makeStore, oauthSigner, signUrl } from './helpers.ts';

const LIST = '/wp-json/wc/v3/customers';
const CANNOT_VIEW = {
  code: 'woocommerce_rest_cannot_view',
  message: 'Sorry, you cannot list resources.',
};

describe('keys over https', () => {
  it('accepts Basic and query-string keys', async () => {
    const store = makeStore();
    expect((await call(store, `${HTTPS}${LIST}`, { auth: 'basic' })).status).toBe(200);
    expect((await call(store, `${HTTPS}${LIST}`, { auth: 'query' })).status).toBe(200);
  });

  it('refuses a wrong secret', async () => {
    const store = makeStore();
    for (const auth of ['basic', 'query'] as const) {
      const result = await call(store, `${HTTPS}${LIST}`, { auth, secret: 'cs_wrong' });
      expect(result.status).toBe(401);
      expect(result.body).toEqual({
        code: 'woocommerce_rest_authentication_error',
        message: 'Consumer secret is invalid.',
        data: { status: 401 },
      });
      expect(result.headers.get('WWW-Authenticate')).toBeNull();
    }
  });

  it('treats an unknown key as anonymous', async () => {
    const store = makeStore();
    const result = await call(store, `${HTTPS}${LIST}`, {
      auth: 'basic',
      key: 'ck_nobody',
      secret: 'cs_x',
    });
    expect(result.status).toBe(401);
    expect(result.body).toMatchObject(CANNOT_VIEW);
  });

  it('falls back to OAuth when no Basic credentials came (as WooCommerce does)', async () => {
    const store = makeStore();
    expect((await call(store, `${HTTPS}${LIST}`, { auth: 'oauth' })).status).toBe(200);
  });
});

describe('read-only keys', () => {
  const readOnly = { key: KEYS.readKey, secret: KEYS.readSecret };

  it('can read', async () => {
    const store = makeStore();
    expect((await call(store, LIST, readOnly)).status).toBe(200);
    expect((await call(store, `${HTTPS}${LIST}/10`, { ...readOnly, auth: 'basic' })).status).toBe(
      200,
    );
  });

  it('cannot write, before any validation', async () => {
    const store = makeStore();
    const writes: [string, string, unknown][] = [
      ['POST', LIST, { email: 'x@example.org' }],
      ['PUT', `${LIST}/10`, { first_name: 'X' }],
      ['PATCH', `${LIST}/10`, {}],
      ['DELETE', `${LIST}/10?force=true`, undefined],
      ['POST', `${LIST}/batch`, {}],
      ['POST', `${LIST}/999999`, { email: 'not-an-email' }],
    ];
    for (const [method, path, body] of writes) {
      const result = await call(store, path, { ...readOnly, method, body });
      expect(result.status, `${method} ${path}`).toBe(401);
      expect(result.body).toMatchObject({
        code: 'woocommerce_rest_authentication_error',
        message: 'The API key provided does not have write permissions.',
      });
    }
    expect(store.db.get(10)).toBeDefined();
  });
});

describe('where keys count', () => {
  it('needs no key for the WordPress index and namespace indexes', async () => {
    const store = makeStore();
    expect((await call(store, '/wp-json/', { auth: 'none' })).status).toBe(200);
    expect((await call(store, '/wp-json/wc/v3', { auth: 'none' })).status).toBe(200);
  });

  it('does not check keys outside /wp-json/wc/ (a bad signature on the index is ignored)', async () => {
    const store = makeStore();
    expect((await call(store, '/wp-json/', { secret: 'cs_wrong' })).status).toBe(200);
  });

  it('answers the ?rest_route= form anonymously, whatever the keys', async () => {
    const store = makeStore();
    const path = `/?rest_route=${encodeURIComponent('/wc/v3/customers')}`;
    for (const auth of ['oauth', 'oauth-header'] as const) {
      const result = await call(store, path, { auth });
      expect(result.status).toBe(401);
      expect(result.body).toMatchObject(CANNOT_VIEW);
    }
    const index = await call(store, '/?rest_route=/', { auth: 'none' });
    expect(index.status).toBe(200);
  });

  it('checks the key before telling whether a route exists', async () => {
    const store = makeStore();
    const result = await call(store, '/wp-json/wc/v3/nothing-here', { secret: 'cs_wrong' });
    expect(result.status).toBe(401);
  });

  it('fails a CORS preflight that carries OAuth parameters in its query (signed for another method)', async () => {
    const store = makeStore();
    const url = signUrl(`${HTTP}${LIST}`, { method: 'POST' });
    const preflight = await call(store, url, {
      auth: 'none',
      method: 'OPTIONS',
      headers: { Origin: 'http://app.test' },
    });
    expect(preflight.status).toBe(401);
    const clean = await call(store, LIST, {
      auth: 'none',
      method: 'OPTIONS',
      headers: { Origin: 'http://app.test' },
    });
    expect(clean.status).toBe(200);
  });

  it('forgets keys of a deleted owner', async () => {
    const store = makeStore();
    expect((await call(store, `${LIST}/1?force=true`, { method: 'DELETE' })).status).toBe(200);
    const result = await call(store, LIST);
    expect(result.body).toMatchObject({ message: 'Consumer key is invalid.' });
  });

  it('signs against the configured site URL, not the Host the client used', async () => {
    const store = makeStore({ siteUrl: 'http://127.0.0.1:8787' });
    expect((await call(store, LIST)).status).toBe(401);
    const signer = oauthSigner();
    const signed = signer.authorize({ url: `http://127.0.0.1:8787${LIST}`, method: 'GET' });
    const query = new URLSearchParams(Object.entries(signed).map(([k, v]) => [k, String(v)]));
    expect((await call(store, `${LIST}?${query}`, { auth: 'none' })).status).toBe(200);
  });
});
