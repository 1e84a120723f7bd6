import { createHmac } from 'node:crypto';
import OAuth from 'oauth-1.0a';
import { describe, expect, it } from 'vitest';
import { hmac } from './hmac';
import { buildSignatureBaseString, createNonce, percentEncode, signOAuth1Request } from './oauth1';

const KEY = 'ck_1234567890abcdef1234567890abcdef12345678';
const SECRET = 'cs_abcdef1234567890abcdef1234567890abcdef12';
const NONCE = 'kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg';
const TIMESTAMP = 1700000000;

function reference(method: 'HMAC-SHA1' | 'HMAC-SHA256') {
  const algorithm = method === 'HMAC-SHA1' ? 'sha1' : 'sha256';
  return new OAuth({
    consumer: { key: KEY, secret: SECRET },
    signature_method: method,
    hash_function: (base, key) => createHmac(algorithm, key).update(base).digest('base64'),
  });
}

// The reference decodes values with decodeURIComponent only, so these URLs use %20, not '+'.
const URLS = [
  'http://example.com/wp-json/wc/v3/customers',
  'http://127.0.0.1:8787/sub/wp-json/wc/v3/customers?page=2&per_page=25',
  'http://shop.test:8080/wp-json/wc/v2/customers?search=John%20Doe&orderby=registered_date&order=desc',
  'http://shop.test/wp-json/wc/v3/customers?include=1%2C2%2C3&_fields=id,email,billing',
  'http://shop.test/wp-json/wc/v3/customers?search=Jo%C3%A3o%20%E2%98%83&role=all',
  'http://shop.test/wp-json/wc/v3/customers?search=a~b*c!d(e)f%27g',
  'http://shop.test/wp-json/wc/v3/customers?exclude=5&exclude=3&exclude=4',
  'http://shop.test/wp-json/wc/v1/customers/5?force=true&reassign=1',
];

describe('percentEncode', () => {
  it('keeps RFC 3986 unreserved characters and encodes the rest as UTF-8', () => {
    expect(percentEncode('AZaz09-._~')).toBe('AZaz09-._~');
    expect(percentEncode("!*'() +,/=&")).toBe('%21%2A%27%28%29%20%2B%2C%2F%3D%26');
    expect(percentEncode('ã☃')).toBe('%C3%A3%E2%98%83');
  });
});

describe('buildSignatureBaseString', () => {
  it('yields the RFC 5849 §3.4.1.1 example base string', () => {
    const base = buildSignatureBaseString(
      'post',
      'http://EXAMPLE.COM:80/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b',
      [
        // Body parameters of the example (form-encoded `c2&a3=2+q`) and its OAuth parameters.
        ['c2', ''],
        ['a3', '2 q'],
        ['oauth_consumer_key', '9djdj82h48djs9d2'],
        ['oauth_token', 'kkk9d7dh3k39sjv7'],
        ['oauth_signature_method', 'HMAC-SHA1'],
        ['oauth_timestamp', '137131201'],
        ['oauth_nonce', '7d8f3e4a'],
      ],
    );
    expect(base).toBe(
      'POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q' +
        '%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_' +
        'key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_m' +
        'ethod%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk' +
        '9d7dh3k39sjv7',
    );
  });

  it('matches the example of the WooCommerce documentation', () => {
    const base = buildSignatureBaseString('GET', 'http://www.example.com/wp-json/wc/v1/orders', [
      ['oauth_signature_method', 'HMAC-SHA1'],
      ['oauth_consumer_key', 'abc123'],
    ]);
    expect(base).toBe(
      'GET&http%3A%2F%2Fwww.example.com%2Fwp-json%2Fwc%2Fv1%2Forders&oauth_consumer_key%3Dabc123%26oauth_signature_method%3DHMAC-SHA1',
    );
  });

  it('drops default ports and keeps others', () => {
    expect(buildSignatureBaseString('GET', 'https://Shop.Test:443/a', [])).toBe(
      'GET&https%3A%2F%2Fshop.test%2Fa&',
    );
    expect(buildSignatureBaseString('GET', 'http://shop.test:8787/a', [])).toBe(
      'GET&http%3A%2F%2Fshop.test%3A8787%2Fa&',
    );
  });
});

describe('signOAuth1Request', () => {
  for (const method of ['HMAC-SHA1', 'HMAC-SHA256'] as const) {
    it.each(URLS)(`signs like the oauth-1.0a package with ${method}: %s`, async (url) => {
      for (const httpMethod of ['GET', 'POST', 'DELETE']) {
        const signed = await signOAuth1Request({
          method: httpMethod,
          url,
          consumerKey: KEY,
          consumerSecret: SECRET,
          signatureMethod: method,
          timestamp: TIMESTAMP,
          nonce: NONCE,
        });
        const expected = reference(method).getSignature({ url, method: httpMethod }, undefined, {
          oauth_consumer_key: KEY,
          oauth_nonce: NONCE,
          oauth_signature_method: method,
          oauth_timestamp: TIMESTAMP,
        } as OAuth.Data);
        expect(signed.searchParams.get('oauth_signature')).toBe(expected);
      }
    });
  }

  it('appends the oauth parameters WooCommerce needs, and never the secret', async () => {
    const signed = await signOAuth1Request({
      method: 'GET',
      url: 'http://shop.test/wp-json/wc/v3/customers?page=2&oauth_nonce=stale',
      consumerKey: KEY,
      consumerSecret: SECRET,
      signatureMethod: 'HMAC-SHA256',
    });
    const params = signed.searchParams;
    expect(params.get('page')).toBe('2');
    expect(params.get('oauth_consumer_key')).toBe(KEY);
    expect(params.get('oauth_signature_method')).toBe('HMAC-SHA256');
    expect(params.getAll('oauth_nonce')).toHaveLength(1);
    expect(params.get('oauth_nonce')).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(Math.abs(Number(params.get('oauth_timestamp')) - Date.now() / 1000)).toBeLessThan(5);
    expect(params.get('oauth_signature')).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(params.has('oauth_version')).toBe(false);
    expect(signed.href).not.toContain(SECRET);
  });
});

describe('hmac', () => {
  const block = 64;
  const cases: [string, string][] = [
    ['cs_secret&', 'GET&http%3A%2F%2Fshop.test%2F&a%3Db'],
    ['unicode ☃ key&', 'POST&base&Jo%C3%A3o'],
    ['k'.repeat(200), 'long key beyond the block size'],
    ['k'.repeat(block), 'a key of exactly one block'],
    // An empty secret still gives a one-byte key: signing keys always end with '&'.
    ['&', ''],
    // Messages around the padding's edges: 55/56 bytes (the length fits in the block or not),
    // one block, and several blocks.
    ...[55, 56, 63, 64, 65, 119, 120, 1000].map((n): [string, string] => ['cs&', 'x'.repeat(n)]),
  ];

  it.each(cases)('matches node:crypto for SHA-1 and SHA-256 (%#)', (key, message) => {
    for (const [hash, nodeName] of [
      ['SHA-1', 'sha1'],
      ['SHA-256', 'sha256'],
    ] as const) {
      const node = new Uint8Array(createHmac(nodeName, key).update(message).digest());
      expect(hmac(hash, key, message)).toEqual(node);
    }
  });

  it('matches node:crypto on random keys and messages', () => {
    const bytes = new Uint8Array(300);
    for (let round = 0; round < 50; round += 1) {
      crypto.getRandomValues(bytes);
      const text = (from: number, length: number) =>
        String.fromCharCode(...bytes.slice(from, from + length).map((b) => 32 + (b % 95)));
      const key = text(0, (bytes[0] ?? 0) % 100);
      const message = text(100, 200 - round);
      expect(hmac('SHA-256', key, message)).toEqual(
        new Uint8Array(createHmac('sha256', key).update(message).digest()),
      );
    }
  });

  it('signs without waiting: the request can leave in the same task', () => {
    const signed = signOAuth1Request({
      method: 'GET',
      url: 'http://shop.test/wp-json/wc/v3/customers?page=1',
      consumerKey: KEY,
      consumerSecret: SECRET,
      signatureMethod: 'HMAC-SHA256',
    });
    expect(signed).toBeInstanceOf(URL);
  });
});

describe('createNonce', () => {
  it('gives 32 random alphanumerics', () => {
    const nonces = new Set(Array.from({ length: 50 }, () => createNonce()));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9]{32}$/);
  });
});
