import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createClient, resolveAuthMode, type ClientConfig } from './client';
import { isApiError } from './errors';
import { createFakeFetch, jsonResponse } from './testing/fake-fetch';

const SECRET = 'cs_0123456789abcdef0123456789abcdef01234567';

function setup(overrides: Partial<ClientConfig> = {}) {
  const fake = createFakeFetch(() => jsonResponse([]));
  const client = createClient({
    storeUrl: 'https://shop.example.com',
    version: 'v3',
    consumerKey: 'ck_key',
    consumerSecret: SECRET,
    authMode: 'auto',
    fetch: fake.fetch,
    ...overrides,
  });
  return { client, calls: fake.calls };
}

const anything = z.unknown();

describe('resolveAuthMode', () => {
  it('picks Basic over https and OAuth 1.0a over http in auto mode', () => {
    expect(resolveAuthMode('https://shop.example.com', 'auto')).toBe('basic');
    expect(resolveAuthMode('http://127.0.0.1:8787/sub', 'auto')).toBe('oauth1');
    expect(resolveAuthMode('HTTPS://Shop.Example.com', 'auto')).toBe('basic');
    expect(resolveAuthMode('not a url', 'auto')).toBe('oauth1');
    expect(resolveAuthMode('http://shop.test', 'query')).toBe('query');
  });
});

describe('createClient', () => {
  it('sends Basic auth in a header, never in the URL', async () => {
    const { client, calls } = setup({ consumerKey: 'ck_ü' });
    expect(client.resolvedAuth).toBe('basic');
    await client.request({ path: 'customers', schema: anything });
    const [call] = calls;
    expect(call?.url.href).toBe('https://shop.example.com/wp-json/wc/v3/customers');
    const header = call?.headers.get('Authorization') ?? '';
    const decoded = new TextDecoder().decode(
      Uint8Array.from(atob(header.replace('Basic ', '')), (c) => c.charCodeAt(0)),
    );
    expect(decoded).toBe(`ck_ü:${SECRET}`);
    expect(call?.url.href).not.toContain(SECRET);
    expect(call?.init.credentials).toBe('omit');
    expect(call?.init.cache).toBe('no-store');
    expect(call?.init.redirect).toBeUndefined();
  });

  it('puts the keys in the query string only in query mode', async () => {
    const { client, calls } = setup({ authMode: 'query' });
    await client.request({ path: 'customers', query: { page: 2 }, schema: anything });
    const url = calls[0]?.url;
    expect(url?.searchParams.get('consumer_key')).toBe('ck_key');
    expect(url?.searchParams.get('consumer_secret')).toBe(SECRET);
    expect(calls[0]?.headers.has('Authorization')).toBe(false);
  });

  it('signs reads with OAuth 1.0a in the Authorization header over http: no key in the URL', async () => {
    const { client, calls } = setup({ storeUrl: 'http://127.0.0.1:8787/sub' });
    expect(client.resolvedAuth).toBe('oauth1');
    await client.request({ path: 'customers', query: { per_page: 5 }, schema: anything });
    const url = calls[0]?.url;
    expect(url?.href).toBe('http://127.0.0.1:8787/sub/wp-json/wc/v3/customers?per_page=5');
    const authorization = calls[0]?.headers.get('authorization') ?? '';
    expect(authorization).toMatch(/^OAuth /);
    for (const p of [
      'oauth_consumer_key',
      'oauth_nonce',
      'oauth_signature_method="HMAC-SHA256"',
      'oauth_timestamp',
      'oauth_signature',
    ]) {
      expect(authorization).toContain(p);
    }
    expect(authorization).not.toContain(SECRET);
    // No Content-Type on a read: the preflight is for Authorization only.
    expect([...(calls[0]?.headers.keys() ?? [])].sort()).toEqual(['accept', 'authorization']);
  });

  it('uses HMAC-SHA1 when configured', async () => {
    const { client, calls } = setup({
      storeUrl: 'http://shop.test',
      oauthSignatureMethod: 'HMAC-SHA1',
    });
    await client.request({ path: 'customers', schema: anything });
    expect(calls[0]?.headers.get('authorization')).toContain('oauth_signature_method="HMAC-SHA1"');
  });

  it.each(['basic', 'query'] as const)(
    'refuses %s auth over plain http before any request',
    async (authMode) => {
      const { client, calls } = setup({ storeUrl: 'http://shop.test', authMode });
      const error: unknown = await client
        .request({ path: 'customers', schema: anything })
        .catch((e: unknown) => e);
      expect(isApiError(error) && error.kind).toBe('auth');
      expect(isApiError(error) && error.code).toBe('customer_desk_https_required');
      expect(calls).toHaveLength(0);
    },
  );

  it('serialises arrays as comma lists, skips undefined and keeps _fields', async () => {
    const { client, calls } = setup();
    await client.request({
      path: 'customers',
      query: {
        include: [3, 1, 2],
        _fields: ['id', 'email'],
        search: undefined,
        force: true,
        page: 1,
      },
      schema: anything,
    });
    const params = calls[0]?.url.searchParams;
    expect(params?.get('include')).toBe('3,1,2');
    expect(params?.get('_fields')).toBe('id,email');
    expect(params?.get('force')).toBe('true');
    expect(params?.has('search')).toBe(false);
  });

  it('sends Content-Type only with a body', async () => {
    const { client, calls } = setup();
    await client.request({ path: 'customers/5', schema: anything });
    await client.request({
      method: 'PUT',
      path: 'customers/5',
      body: { first_name: 'Ana' },
      schema: anything,
    });
    expect(calls[0]?.headers.has('Content-Type')).toBe(false);
    expect(calls[0]?.body).toBeUndefined();
    expect(calls[1]?.method).toBe('PUT');
    expect(calls[1]?.headers.get('Content-Type')).toBe('application/json');
    expect(calls[1]?.body).toBe('{"first_name":"Ana"}');
  });

  it('takes paths from /wp-json when they start with a slash, and strips URL credentials', async () => {
    const { client, calls } = setup({
      storeUrl: 'https://user:pass@shop.example.com/shop?x=1#y',
      version: 'v1',
    });
    await client.request({ path: '/wc/v3/data/countries', schema: anything });
    await client.request({ path: 'customers', schema: anything });
    expect(calls[0]?.url.href).toBe('https://shop.example.com/shop/wp-json/wc/v3/data/countries');
    expect(calls[1]?.url.href).toBe('https://shop.example.com/shop/wp-json/wc/v1/customers');
  });

  it('returns the parsed data, status and headers', async () => {
    const fake = createFakeFetch(() =>
      jsonResponse({ id: 7 }, { status: 201, headers: { Location: '/x' } }),
    );
    const client = createClient({
      storeUrl: 'https://s.test',
      version: 'v3',
      consumerKey: 'k',
      consumerSecret: SECRET,
      authMode: 'auto',
      fetch: fake.fetch,
    });
    const res = await client.request({
      method: 'POST',
      path: 'customers',
      body: {},
      schema: z.object({ id: z.number() }),
    });
    expect(res.data).toEqual({ id: 7 });
    expect(res.status).toBe(201);
    expect(res.headers.get('Location')).toBe('/x');
  });
});
