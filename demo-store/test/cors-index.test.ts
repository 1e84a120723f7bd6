import { describe, expect, it } from 'vitest';
import { HTTP, HTTPS, call, list, makeStore, obj } from './helpers.ts';

const ORIGIN = 'http://app.example:5173';

describe('CORS', () => {
  it('answers a preflight without keys', async () => {
    const store = makeStore();
    const result = await call(store, '/wp-json/wc/v3/customers', {
      method: 'OPTIONS',
      auth: 'none',
      headers: {
        Origin: ORIGIN,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    });
    expect(result.status).toBe(200);
    expect(result.headers.get('Access-Control-Allow-Origin')).toBe(ORIGIN);
    expect(result.headers.get('Access-Control-Allow-Methods')).toBe(
      'OPTIONS, GET, POST, PUT, PATCH, DELETE',
    );
    expect(result.headers.get('Access-Control-Allow-Headers')).toBe(
      'Authorization, X-WP-Nonce, Content-Disposition, Content-MD5, Content-Type',
    );
    expect(result.headers.get('Access-Control-Allow-Credentials')).toBe('true');
    expect(result.headers.get('Vary')).toBe('Origin');
    expect(result.headers.get('Allow')).toBe('GET, POST');
  });

  it('echoes the origin and exposes the pagination headers on successes and errors', async () => {
    const store = makeStore();
    const headers = { Origin: ORIGIN };
    const responses = [
      await call(store, '/wp-json/wc/v3/customers', { headers }),
      await call(store, '/wp-json/wc/v3/customers', { headers, auth: 'none' }),
      await call(store, '/wp-json/wc/v3/customers?per_page=0', { headers }),
      await call(store, '/wp-json/wc/v3/nowhere', { headers }),
      await call(store, '/wp-json/wc/v3/customers', { headers, secret: 'wrong' }),
    ];
    for (const result of responses) {
      expect(result.headers.get('Access-Control-Allow-Origin')).toBe(ORIGIN);
      expect(result.headers.get('Access-Control-Expose-Headers')).toBe(
        'X-WP-Total, X-WP-TotalPages, Link',
      );
    }
  });

  it('sends expose/allow headers but no origin headers without an Origin', async () => {
    const store = makeStore();
    const result = await call(store, '/wp-json/', { auth: 'none' });
    expect(result.headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect(result.headers.get('Access-Control-Expose-Headers')).toBe(
      'X-WP-Total, X-WP-TotalPages, Link',
    );
    expect(result.headers.get('Vary')).toBe('Origin');
  });

  it('serves a theme 404 page (no CORS) outside /wp-json', async () => {
    const store = makeStore();
    const result = await call(store, '/shop/', { auth: 'none', headers: { Origin: ORIGIN } });
    expect(result.status).toBe(404);
    expect(result.headers.get('Content-Type')).toBe('text/html; charset=UTF-8');
    expect(result.text).toContain('<html');
    expect(result.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });
});

describe('indexes and routing', () => {
  it('serves the WordPress index without keys', async () => {
    const store = makeStore();
    const body = obj((await call(store, '/wp-json/', { auth: 'none' })).body);
    expect(body).toMatchObject({
      url: HTTP,
      home: HTTP,
      namespaces: expect.arrayContaining(['wc/v1', 'wc/v2', 'wc/v3', 'wc-analytics']),
    });
    expect(typeof body.name).toBe('string');
    expect(typeof body.gmt_offset).toBe('number');
    expect(typeof body.timezone_string).toBe('string');
    expect(body.authentication).toEqual([]);
    expect(Object.keys(obj(body.routes))).toContain('/wc/v3/customers/(?P<id>[\\d]+)');
    const https = obj((await call(store, `${HTTPS}/wp-json`, { auth: 'none' })).body);
    expect(Object.keys(obj(https.authentication))).toEqual(['application-passwords']);
  });

  it('serves namespace indexes', async () => {
    const store = makeStore();
    const body = obj((await call(store, '/wp-json/wc/v3', { auth: 'none' })).body);
    expect(body.namespace).toBe('wc/v3');
    const routes = obj(body.routes);
    expect(Object.keys(routes)).toEqual(
      expect.arrayContaining([
        '/wc/v3',
        '/wc/v3/customers',
        '/wc/v3/customers/batch',
        '/wc/v3/data/countries',
      ]),
    );
    const customers = obj(routes['/wc/v3/customers']);
    expect(customers.methods).toEqual(['GET', 'POST']);
  });

  it('offers only the configured namespaces', async () => {
    const store = makeStore({ namespaces: ['wc/v3', 'wp/v2'] });
    expect(obj((await call(store, '/wp-json/', { auth: 'none' })).body).namespaces).toEqual([
      'wc/v3',
      'wp/v2',
    ]);
    const v1 = await call(store, '/wp-json/wc/v1/customers');
    expect(v1.status).toBe(404);
    expect(v1.body).toMatchObject({ code: 'rest_no_route' });
    expect((await call(store, '/wp-json/wc/v3/customers')).status).toBe(200);
  });

  it('answers unknown routes and methods with rest_no_route', async () => {
    const store = makeStore();
    const expected = {
      code: 'rest_no_route',
      message: 'No route was found matching the URL and request method.',
      data: { status: 404 },
    };
    expect((await call(store, '/wp-json/wc/v3/products')).body).toEqual(expected);
    expect((await call(store, '/wp-json/wc/v3/customers/batch')).body).toEqual(expected);
    expect((await call(store, '/wp-json/wc/v3/customers', { method: 'DELETE' })).body).toEqual(
      expected,
    );
  });

  it('tolerates a trailing slash, and HEAD answers like GET without a body', async () => {
    const store = makeStore();
    expect((await call(store, '/wp-json/wc/v3/customers/')).status).toBe(200);
    const head = await call(store, '/wp-json/wc/v3/customers', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.text).toBe('');
    expect(head.headers.get('X-WP-Total')).not.toBeNull();
  });
});

describe('countries', () => {
  it('lists countries with WooCommerce names and state codes, sorted by name', async () => {
    const store = makeStore();
    const result = await call(store, '/wp-json/wc/v3/data/countries');
    expect(result.status).toBe(200);
    const countries = list(result.body);
    expect(countries.length).toBeGreaterThanOrEqual(40);
    const codes = countries.map((country) => country.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'US',
        'CA',
        'GB',
        'DE',
        'FR',
        'CN',
        'JP',
        'IN',
        'BR',
        'AU',
        'MX',
        'ES',
        'IT',
        'NL',
        'ZA',
        'NG',
        'KR',
      ]),
    );
    const china = countries.find((country) => country.code === 'CN');
    expect(list(china?.states)).toContainEqual({ code: 'CN1', name: 'Yunnan / 云南' });
    for (const code of ['US', 'CA', 'CN', 'IN', 'AU', 'BR', 'MX']) {
      expect(
        list(countries.find((country) => country.code === code)?.states).length,
        code,
      ).toBeGreaterThan(5);
    }
    expect(obj(china?._links)).toEqual({
      self: [{ href: `${HTTP}/wp-json/wc/v3/data/countries/cn` }],
      collection: [{ href: `${HTTP}/wp-json/wc/v3/data/countries` }],
    });
    const names = countries.map((country) => String(country.name));
    expect([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }))).toEqual(
      names,
    );
  });

  it('serves one country and refuses unknown codes and anonymous requests', async () => {
    const store = makeStore();
    expect(obj((await call(store, '/wp-json/wc/v3/data/countries/us')).body).code).toBe('US');
    expect((await call(store, '/wp-json/wc/v3/data/countries/zz')).body).toMatchObject({
      code: 'woocommerce_rest_data_invalid_location',
    });
    expect((await call(store, '/wp-json/wc/v3/data/countries', { auth: 'none' })).status).toBe(401);
    expect((await call(store, '/wp-json/wc/v2/data/countries')).status).toBe(404);
  });
});

describe('store currency', () => {
  it('names the store currency at /data/currencies/current, with a key only', async () => {
    const store = makeStore();
    const result = await call(store, '/wp-json/wc/v3/data/currencies/current');
    expect(result.status).toBe(200);
    expect(obj(result.body)).toMatchObject({ code: 'EUR', name: 'Euro' });
    const anonymous = await call(store, '/wp-json/wc/v3/data/currencies/current', { auth: 'none' });
    expect(anonymous.status).toBe(401);
  });
});
