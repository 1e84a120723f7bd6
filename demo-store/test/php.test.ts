import { describe, expect, it } from 'vitest';
import { md5Hex } from '../md5.ts';
import { buildBaseString } from '../oauth.ts';
import {
  isEmail,
  phpIntCast,
  rawUrlEncode,
  sanitizeEmail,
  sanitizeTitle,
  sanitizeUser,
  validateUsername,
} from '../php.ts';
import { parseQueryString, phpToJson } from '../php-query.ts';

describe('PHP and WordPress helpers', () => {
  it('casts like PHP (int)', () => {
    expect(
      [5, '7', ' 8x', '1e3', '0x1A', 'abc', 5.9, true, null, [], [0], { id: 5 }, {}].map(
        phpIntCast,
      ),
    ).toEqual([5, 7, 8, 1000, 0, 0, 5, 1, 0, 0, 1, 1, 0]);
  });

  it('validates and sanitises emails like WordPress', () => {
    expect(['john.doe@example.com', "o'hara+tag@mail.co.uk"].map(isEmail)).toEqual([true, true]);
    expect(
      ['a@b.c', 'no-at-sign', 'x@localhost', 'a..b@example..com', 'jöhn@example.com', ''].map(
        isEmail,
      ),
    ).toEqual([false, false, false, false, false, false]);
    expect(sanitizeEmail('not-an-email')).toBe('');
    expect(sanitizeEmail(' jö hn@exa mple.com ')).toBe('jhn@example.com');
  });

  it('sanitises usernames and nicenames like WordPress', () => {
    expect(sanitizeUser('<b>Zoë</b> &amp; %41co')).toBe('Zoe co');
    expect(sanitizeUser('bad!name', true)).toBe('badname');
    expect(validateUsername('bad!name')).toBe(false);
    expect(validateUsername('john.doe@example.com')).toBe(true);
    expect(sanitizeTitle('John.Doe@Example')).toBe('john-doeexample');
  });

  it('encodes per RFC 3986', () => {
    expect(rawUrlEncode("a b!*'()~._-")).toBe('a%20b%21%2A%27%28%29~._-');
  });

  it('parses query strings like PHP', () => {
    const parsed = parseQueryString('a=1&a=2&b[]=x&b[]=y&c[k]=v&d.e=3&f+g=%20');
    expect(Object.fromEntries([...parsed.entries].map(([k, v]) => [k, phpToJson(v)]))).toEqual({
      a: '2',
      b: ['x', 'y'],
      c: { k: 'v' },
      d_e: '3',
      f_g: ' ',
    });
  });

  it('builds the documented OAuth base string', () => {
    const params = parseQueryString('oauth_signature_method=HMAC-SHA1&oauth_consumer_key=abc123');
    expect(buildBaseString('get', 'http://www.example.com/wp-json/wc/v1/orders', params)).toBe(
      'GET&http%3A%2F%2Fwww.example.com%2Fwp-json%2Fwc%2Fv1%2Forders&oauth_consumer_key%3Dabc123%26oauth_signature_method%3DHMAC-SHA1',
    );
  });

  it('hashes like md5', () => {
    expect(md5Hex('john.doe@example.com')).toBe('8eb1b522f60d11fa897de1dc6351b7e8');
    expect(md5Hex('')).toBe('d41d8cd98f00b204e9800998ecf8427e');
  });
});
