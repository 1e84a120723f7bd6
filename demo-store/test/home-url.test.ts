import { describe, expect, it } from 'vitest';
import { HTTP, HTTPS, call, makeStore, obj } from './helpers.ts';
import { signedUrl } from '../site-override.ts';
import { parseStoreArgs } from '../cli.ts';

// A store whose home URL is not the address it is reached at (a proxy that drops the port or
// rewrites the Host, TLS ended at a proxy): it reports that address and signs against it.

const LIST = '/wp-json/wc/v3/customers';

async function setSite(store: ReturnType<typeof makeStore>, body: object) {
  const response = await store.handle(
    new Request(`${HTTP}/__demo/site`, { method: 'POST', body: JSON.stringify(body) }),
  );
  expect(response.status).toBe(200);
}

describe('the signed URL, as WooCommerce builds it', () => {
  it('takes host, port and path from the home URL and the scheme from is_ssl()', () => {
    expect(signedUrl('http://shop.example', false, '/wp-json/wc/v3/customers')).toBe(
      'http://shop.example/wp-json/wc/v3/customers',
    );
    expect(signedUrl('https://shop.example:8443/shop', false, '/shop/wp-json/x')).toBe(
      'http://shop.example:8443/shop/wp-json/x',
    );
    expect(signedUrl('http://shop.example/shop', true, '/wp-json/x')).toBe(
      'https://shop.example/shop/wp-json/x',
    );
  });
});

describe('another home URL', () => {
  it('is what the index reports, and signatures made for the typed address are rejected', async () => {
    const store = makeStore();
    await setSite(store, { homeUrl: 'http://shop.example.com' });
    const index = obj((await call(store, '/wp-json/', { auth: 'none' })).body);
    expect(index.home).toBe('http://shop.example.com');
    expect(index.url).toBe('http://shop.example.com');

    const typed = await call(store, LIST);
    expect(typed.status).toBe(401);
    expect(obj(typed.body).message).toBe('Invalid signature - provided signature does not match.');

    // Signed for the store's own address (as a client typing it would), the same request passes.
    const signedForHome = await call(store, `http://shop.example.com${LIST}`);
    expect(signedForHome.status).toBe(200);
  });

  it('is forgotten on reset, and can be cleared', async () => {
    const store = makeStore();
    await setSite(store, { homeUrl: 'http://shop.example.com' });
    store.reset();
    expect((await call(store, LIST)).status).toBe(200);
    await setSite(store, { homeUrl: 'http://shop.example.com' });
    await store.handle(new Request(`${HTTP}/__demo/site`, { method: 'DELETE' }));
    expect((await call(store, LIST)).status).toBe(200);
  });

  it('TLS ended at a proxy: the store sees http, ignores Basic, and the request is anonymous', async () => {
    const store = makeStore();
    await setSite(store, { homeUrl: 'http://store.test', https: false });
    const result = await call(store, `${HTTPS}${LIST}`, { auth: 'basic' });
    expect(result.status).toBe(401);
    expect(obj(result.body).code).toBe('woocommerce_rest_cannot_view');
  });

  it('refuses a malformed override', async () => {
    const store = makeStore();
    for (const body of [{}, { homeUrl: 'ftp://x' }, { homeUrl: 'not a url' }, { https: 'yes' }]) {
      const response = await store.handle(
        new Request(`${HTTP}/__demo/site`, { method: 'POST', body: JSON.stringify(body) }),
      );
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
  });

  it('can be given on the command line', () => {
    expect(parseStoreArgs(['--home-url', 'http://shop.example.com/']).homeUrl).toBe(
      'http://shop.example.com',
    );
    expect(() => parseStoreArgs(['--home-url', 'shop'])).toThrow(/homeUrl/);
    const store = makeStore({ homeUrl: 'http://shop.example.com' });
    return call(store, LIST).then((result) => expect(result.status).toBe(401));
  });
});
