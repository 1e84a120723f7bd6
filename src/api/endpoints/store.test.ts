import { describe, expect, it } from 'vitest';
import { createClient } from '../client';
import { isApiError, type ApiError } from '../errors';
import {
  createFakeFetch,
  jsonResponse,
  textResponse,
  type FakeHandler,
} from '../testing/fake-fetch';
import { checkWriteAccess, discoverStore, getCountries } from './store';

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isApiError(error)) throw new Error('expected an ApiError');
  return error;
}

const index = {
  name: 'Demo Store',
  description: 'Just another WooCommerce store',
  url: 'http://127.0.0.1:8787/sub',
  home: 'http://127.0.0.1:8787/sub',
  namespaces: ['oembed/1.0', 'wc/v1', 'wc/v2', 'wc/v3', 'wc-analytics', 'wp/v2'],
  routes: {},
};

describe('discoverStore', () => {
  it('reads the WordPress index without credentials', async () => {
    const fake = createFakeFetch(() => jsonResponse(index));
    const info = await discoverStore('http://127.0.0.1:8787/sub', { fetch: fake.fetch });
    expect(info).toEqual({
      name: 'Demo Store',
      url: 'http://127.0.0.1:8787/sub',
      siteUrl: 'http://127.0.0.1:8787/sub',
      namespaces: index.namespaces,
      versions: ['v3', 'v2', 'v1'],
      hasAnalytics: true,
    });
    const call = fake.calls[0];
    expect(call?.url.pathname).toBe('/sub/wp-json/');
    expect(call?.headers.has('Authorization')).toBe(false);
    expect(call?.init.credentials).toBe('omit');
  });

  it('keeps WordPress’s own address apart from the home URL (WordPress in a sub-directory)', async () => {
    const fake = createFakeFetch(() =>
      jsonResponse({ ...index, url: 'https://shop.test/wp', home: 'https://shop.test' }),
    );
    const info = await discoverStore('https://shop.test', { fetch: fake.fetch });
    expect(info).toMatchObject({ url: 'https://shop.test', siteUrl: 'https://shop.test/wp' });
  });

  it('asks for the site’s time zone and keeps it: a name, or a fixed offset', async () => {
    const named = createFakeFetch(() =>
      jsonResponse({ ...index, timezone_string: 'Europe/Berlin', gmt_offset: 1 }),
    );
    const info = await discoverStore('https://shop.test', { fetch: named.fetch });
    expect(info.timeZone).toEqual({ name: 'Europe/Berlin', offsetHours: 1 });
    expect(named.calls[0]?.url.searchParams.get('_fields')?.split(',')).toEqual(
      expect.arrayContaining(['timezone_string', 'gmt_offset', 'namespaces']),
    );
    // WordPress keeps a manual offset as text, with an empty zone name.
    const fixed = createFakeFetch(() =>
      jsonResponse({ ...index, timezone_string: '', gmt_offset: '5.5' }),
    );
    expect((await discoverStore('https://shop.test', { fetch: fixed.fetch })).timeZone).toEqual({
      offsetHours: 5.5,
    });
    const none = createFakeFetch(() => jsonResponse(index));
    expect((await discoverStore('https://shop.test', { fetch: none.fetch })).timeZone).toBe(
      undefined,
    );
  });

  it('lists only the versions served', async () => {
    const fake = createFakeFetch(() => jsonResponse({ ...index, namespaces: ['wc/v2', 'wp/v2'] }));
    const info = await discoverStore('https://shop.test', { fetch: fake.fetch });
    expect(info.versions).toEqual(['v2']);
    expect(info.hasAnalytics).toBe(false);
  });

  it.each<[string, FakeHandler]>([
    ['an HTML page', () => textResponse('<html><body>Hello</body></html>')],
    ['JSON without namespaces', () => jsonResponse({ hello: 'world' })],
    ['an HTML 404', () => textResponse('<h1>Not Found</h1>', 404)],
  ])('calls %s "not WordPress"', async (_label, handler) => {
    const { fetch } = createFakeFetch(handler);
    const error = await rejection(discoverStore('https://example.com', { fetch }));
    expect(error).toMatchObject({ kind: 'bad_response', code: 'customer_desk_not_wordpress' });
  });

  it('reports an unreachable host as network', async () => {
    const { fetch } = createFakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    expect((await rejection(discoverStore('https://nowhere.test', { fetch }))).kind).toBe(
      'network',
    );
  });
});

function clientAnswering(handler: FakeHandler) {
  const fake = createFakeFetch(handler);
  const client = createClient({
    storeUrl: 'http://shop.test',
    version: 'v2',
    consumerKey: 'ck',
    consumerSecret: 'cs_secret',
    authMode: 'auto',
    fetch: fake.fetch,
  });
  return { client, calls: fake.calls };
}

describe('checkWriteAccess', () => {
  it('posts an empty batch and reads 200 [] as read-write', async () => {
    const { client, calls } = clientAnswering(() => jsonResponse([]));
    expect(await checkWriteAccess(client)).toBe('read_write');
    expect(calls[0]?.method).toBe('POST');
    expect(calls[0]?.url.pathname).toBe('/wp-json/wc/v2/customers/batch');
    expect(calls[0]?.body).toBe('{}');
  });

  it('reads the "no write permissions" 401 as read-only', async () => {
    const { client } = clientAnswering(() =>
      jsonResponse(
        {
          code: 'woocommerce_rest_authentication_error',
          message: 'The API key provided does not have write permissions.',
          data: { status: 401 },
        },
        { status: 401 },
      ),
    );
    expect(await checkWriteAccess(client)).toBe('read_only');
  });

  it('rethrows other authentication failures', async () => {
    const { client } = clientAnswering(() =>
      jsonResponse(
        {
          code: 'woocommerce_rest_authentication_error',
          message: 'Invalid signature - provided signature does not match.',
          data: { status: 401 },
        },
        { status: 401 },
      ),
    );
    expect((await rejection(checkWriteAccess(client))).kind).toBe('auth');
  });
});

describe('getCountries', () => {
  it('always asks /wc/v3/data/countries', async () => {
    const countries = [
      { code: 'PT', name: 'Portugal', states: [] },
      { code: 'US', name: 'United States (US)', states: [{ code: 'CA', name: 'California' }] },
    ];
    const { client, calls } = clientAnswering(() => jsonResponse(countries));
    expect(await getCountries(client)).toEqual(countries);
    expect(calls[0]?.url.pathname).toBe('/wp-json/wc/v3/data/countries');
  });

  it('reads numeric state codes (as a real store serves UM) as strings', async () => {
    const um = { code: 'UM', name: 'United States (US) Minor Outlying Islands' };
    const { client } = clientAnswering(() =>
      jsonResponse([{ ...um, states: [{ code: 81, name: 'Baker Island' }] }]),
    );
    expect(await getCountries(client)).toEqual([
      { ...um, states: [{ code: '81', name: 'Baker Island' }] },
    ]);
  });
});
