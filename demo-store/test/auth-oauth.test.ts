import { describe, expect, it } from 'vitest';
import { HTTP, KEYS, call, makeStore, signUrl } from './helpers.ts';

const LIST = '/wp-json/wc/v3/customers';
const CANNOT_VIEW = {
  code: 'woocommerce_rest_cannot_view',
  message: 'Sorry, you cannot list resources.',
};

describe('OAuth 1.0a over http', () => {
  it.each(['HMAC-SHA1', 'HMAC-SHA256'] as const)(
    'accepts %s in the query string',
    async (signature) => {
      const store = makeStore();
      const result = await call(store, `${LIST}?per_page=3&search=a`, { signature });
      expect(result.status).toBe(200);
      expect(result.headers.get('WWW-Authenticate')).toBeNull();
    },
  );

  it.each(['HMAC-SHA1', 'HMAC-SHA256'] as const)(
    'accepts %s in an Authorization header',
    async (signature) => {
      const store = makeStore();
      const result = await call(store, `${LIST}?orderby=id&order=desc`, {
        auth: 'oauth-header',
        signature,
      });
      expect(result.status).toBe(200);
    },
  );

  it('signs parameters that need percent-encoding', async () => {
    const store = makeStore();
    const result = await call(store, `${LIST}?search=${encodeURIComponent("o'b r*(x)!")}&role=all`);
    expect(result.status).toBe(200);
  });

  it('refuses a wrong signature', async () => {
    const store = makeStore();
    const result = await call(store, LIST, { secret: 'cs_wrong' });
    expect(result.status).toBe(401);
    expect(result.body).toEqual({
      code: 'woocommerce_rest_authentication_error',
      message: 'Invalid signature - provided signature does not match.',
      data: { status: 401 },
    });
  });

  it('refuses a tampered query', async () => {
    const store = makeStore();
    const signed = signUrl(`${HTTP}${LIST}?per_page=5`);
    const result = await call(store, signed.replace('per_page=5', 'per_page=6'), { auth: 'none' });
    expect(result.status).toBe(401);
  });

  it('does not sign the JSON body', async () => {
    const store = makeStore();
    const body = { email: 'unsigned.body@example.org' };
    const result = await call(store, LIST, { method: 'POST', body });
    expect(result.status).toBe(201);
  });

  it('refuses a replayed nonce', async () => {
    const store = makeStore();
    const url = signUrl(`${HTTP}${LIST}`);
    expect((await call(store, url, { auth: 'none' })).status).toBe(200);
    const replay = await call(store, url, { auth: 'none' });
    expect(replay.status).toBe(401);
    expect(replay.body).toMatchObject({ message: 'Invalid nonce - nonce has already been used.' });
  });

  it('refuses timestamps more than 15 minutes away', async () => {
    const late = makeStore({ now: () => Date.now() + 16 * 60_000 });
    const early = makeStore({ now: () => Date.now() - 16 * 60_000 });
    const close = makeStore({ now: () => Date.now() + 14 * 60_000 });
    for (const store of [late, early]) {
      const result = await call(store, LIST);
      expect(result.status).toBe(401);
      expect(result.body).toMatchObject({
        code: 'woocommerce_rest_authentication_error',
        message: 'Invalid timestamp.',
      });
    }
    expect((await call(close, LIST)).status).toBe(200);
  });

  it('reports missing OAuth parameters', async () => {
    const store = makeStore();
    const result = await call(store, `${LIST}?oauth_consumer_key=${KEYS.key}&oauth_nonce=abc`, {
      auth: 'none',
    });
    expect(result.status).toBe(401);
    expect(result.body).toMatchObject({
      code: 'woocommerce_rest_authentication_missing_parameter',
      message: 'Missing OAuth parameters oauth_timestamp, oauth_signature, oauth_signature_method',
    });
  });

  it('refuses an unknown consumer key', async () => {
    const store = makeStore();
    const result = await call(store, LIST, { key: 'ck_unknown', secret: 'cs_unknown' });
    expect(result.body).toMatchObject({
      code: 'woocommerce_rest_authentication_error',
      message: 'Consumer key is invalid.',
    });
  });

  it('refuses other signature methods', async () => {
    const store = makeStore();
    const url = new URL(signUrl(`${HTTP}${LIST}`));
    url.searchParams.set('oauth_signature_method', 'PLAINTEXT');
    const result = await call(store, url.toString(), { auth: 'none' });
    expect(result.body).toMatchObject({
      message: 'Invalid signature - signature method is invalid.',
    });
  });

  it('signs repeated or bracketed parameters the PHP way, which RFC signers do not match', async () => {
    const store = makeStore();
    const result = await call(store, `${LIST}?include[]=10&include[]=11`);
    expect(result.status).toBe(401);
    expect((await call(store, `${LIST}?include=10,11`)).status).toBe(200);
  });

  it('ignores Basic and query keys over http: the request is anonymous', async () => {
    const store = makeStore();
    for (const auth of ['basic', 'query'] as const) {
      const result = await call(store, LIST, { auth });
      expect(result.status).toBe(401);
      expect(result.body).toMatchObject(CANNOT_VIEW);
      expect(result.headers.get('WWW-Authenticate')).toBeNull();
    }
  });

  it('answers anonymous single reads and writes with their own codes', async () => {
    const store = makeStore();
    const none = { auth: 'none' } as const;
    const cases: [string, string, string, string][] = [
      [
        'GET',
        `${LIST}/10`,
        'woocommerce_rest_cannot_view',
        'Sorry, you cannot view this resource.',
      ],
      [
        'POST',
        LIST,
        'woocommerce_rest_cannot_create',
        'Sorry, you are not allowed to create resources.',
      ],
      [
        'PUT',
        `${LIST}/10`,
        'woocommerce_rest_cannot_edit',
        'Sorry, you are not allowed to edit this resource.',
      ],
      [
        'DELETE',
        `${LIST}/10`,
        'woocommerce_rest_cannot_delete',
        'Sorry, you are not allowed to delete this resource.',
      ],
      [
        'POST',
        `${LIST}/batch`,
        'woocommerce_rest_cannot_batch',
        'Sorry, you are not allowed to batch manipulate this resource.',
      ],
    ];
    for (const [method, path, code, message] of cases) {
      const body = method === 'GET' ? undefined : { email: 'x@example.org' };
      const result = await call(store, path, { ...none, method, body });
      expect(result.status, `${method} ${path}`).toBe(401);
      expect(result.body).toEqual({ code, message, data: { status: 401 } });
    }
  });
});
