import { describe, expect, it } from 'vitest';
import {
  createFakeFetch,
  jsonResponse,
  textResponse,
  type RecordedCall,
} from '../../api/testing/fake-fetch';
import type { ConnectFormValues } from '../../session/connection-settings';
import { testConnection } from './test-connection';

const form: ConnectFormValues = {
  storeUrl: 'https://shop.example.com/',
  version: 'auto',
  consumerKey: 'ck_1',
  consumerSecret: 'cs_secret_1',
  authMode: 'auto',
  remember: false,
};

const wpIndex = (namespaces: string[]) =>
  jsonResponse({ name: 'Shop', url: 'https://shop.example.com', namespaces });
const wooError = (status: number, code: string, message: string) =>
  jsonResponse({ code, message, data: { status } }, { status });

/** A store whose index and API answers are given per test; unknown routes fail the test. */
function store(answers: {
  index?: Response | Error;
  list?: () => Response | Error;
  batch?: () => Response;
}) {
  return createFakeFetch((call: RecordedCall) => {
    const answer =
      call.url.pathname === '/wp-json/'
        ? (answers.index ?? wpIndex(['wc/v1', 'wc/v2', 'wc/v3']))
        : call.url.pathname.endsWith('/customers/batch')
          ? (answers.batch ?? (() => jsonResponse([])))()
          : (
              answers.list ??
              (() =>
                jsonResponse([{ id: 1 }], {
                  headers: { 'X-WP-Total': '1', 'X-WP-TotalPages': '1' },
                }))
            )();
    if (answer instanceof Error) throw answer;
    return answer;
  });
}

describe('testConnection', () => {
  it('picks the newest version offered and reports read/write access', async () => {
    const fake = store({});
    const result = await testConnection(form, { fetch: fake.fetch });
    expect(result).toMatchObject({
      ok: true,
      connection: {
        version: 'v3',
        access: 'read_write',
        storeName: 'Shop',
        storeUrl: 'https://shop.example.com',
      },
    });
    // The index is asked without credentials; the API with Basic auth and no keys in the URL.
    expect(fake.calls[0]!.headers.has('Authorization')).toBe(false);
    expect(fake.calls[1]!.headers.get('Authorization')).toMatch(/^Basic /);
    expect(fake.calls.every((call) => !call.url.href.includes('cs_secret_1'))).toBe(true);
  });

  it('detects a read-only key without changing anything', async () => {
    const fake = store({
      batch: () =>
        wooError(
          401,
          'woocommerce_rest_authentication_error',
          'The API key provided does not have write permissions.',
        ),
    });
    const result = await testConnection(form, { fetch: fake.fetch });
    expect(result).toMatchObject({ ok: true, connection: { access: 'read_only' } });
    const probe = fake.calls.find((call) => call.method === 'POST');
    expect(probe?.body).toBe('{}');
  });

  it.each([
    [
      'an unreachable address',
      { index: new TypeError('Failed to fetch') },
      { kind: 'unreachable' },
    ],
    ['an HTML page', { index: textResponse('<html>hello</html>') }, { kind: 'notWordPress' }],
    ['WordPress without WooCommerce', { index: wpIndex(['wp/v2']) }, { kind: 'noWooCommerce' }],
    [
      'a wrong secret',
      {
        list: () =>
          wooError(401, 'woocommerce_rest_authentication_error', 'Consumer secret is invalid.'),
      },
      { kind: 'wrongSecret' },
    ],
    [
      'an unknown key',
      {
        list: () =>
          wooError(401, 'woocommerce_rest_cannot_view', 'Sorry, you cannot list resources.'),
      },
      { kind: 'wrongKey' },
    ],
    [
      'a rejected signature',
      {
        list: () =>
          wooError(
            401,
            'woocommerce_rest_authentication_error',
            'Invalid signature - provided signature does not match.',
          ),
      },
      { kind: 'signatureRejected' },
    ],
    [
      'a blocked authenticated request',
      { list: () => new TypeError('Failed to fetch') },
      { kind: 'corsAfterIndex' },
    ],
  ])('names %s', async (_name, answers, problem) => {
    const result = await testConnection(form, { fetch: store(answers).fetch });
    expect(result).toMatchObject({ ok: false, problem });
  });

  it('refuses a version the store does not offer, listing the ones it does', async () => {
    const fake = store({ index: wpIndex(['wc/v2', 'wc/v3']) });
    const result = await testConnection({ ...form, version: 'v1' }, { fetch: fake.fetch });
    expect(result).toMatchObject({
      ok: false,
      problem: { kind: 'versionNotOffered', version: 'v1', offered: ['v3', 'v2'] },
    });
  });

  it('refuses Basic auth over plain HTTP before sending any key', async () => {
    const plain = jsonResponse({
      name: 'Shop',
      url: 'http://shop.example.com',
      namespaces: ['wc/v3'],
    });
    const fake = store({ index: plain });
    const values = { ...form, storeUrl: 'http://shop.example.com', authMode: 'basic' as const };
    const result = await testConnection(values, { fetch: fake.fetch });
    expect(result).toMatchObject({ ok: false, problem: { kind: 'httpsRequired' } });
    expect(fake.calls.every((call) => !call.headers.has('Authorization'))).toBe(true);
    // A store that says it is on https: its address is named, as the way to connect.
    const secure = store({});
    expect(await testConnection(values, { fetch: secure.fetch })).toMatchObject({
      ok: false,
      problem: { kind: 'addressMismatch', cause: 'https', reported: 'https://shop.example.com' },
    });
  });
});

describe('testConnection when the store names another address as its own', () => {
  const signatureRejected = () =>
    wooError(
      401,
      'woocommerce_rest_authentication_error',
      'Invalid signature - provided signature does not match.',
    );
  const indexAt = (home: string) =>
    jsonResponse({ name: 'Shop', url: home, home, namespaces: ['wc/v3'] });

  it.each([
    [
      'a proxy that drops the port',
      'http://shop.example.com:8080',
      'http://shop.example.com',
      ['port'],
    ],
    ['a rewritten host', 'http://10.0.0.5', 'http://shop.example.com', ['host']],
    ['a store that says https', 'http://shop.example.com', 'https://shop.example.com', ['scheme']],
    ['another path', 'http://example.com', 'http://example.com/shop', ['path']],
  ])('names the address behind a rejected signature: %s', async (_name, typed, home, parts) => {
    const fake = store({ index: indexAt(home), list: signatureRejected });
    const result = await testConnection({ ...form, storeUrl: typed }, { fetch: fake.fetch });
    expect(result).toMatchObject({
      ok: false,
      problem: { kind: 'addressMismatch', cause: 'signature', reported: home, differences: parts },
    });
  });

  it('keeps "rejected signature" when the addresses agree (then the secret is wrong)', async () => {
    const fake = store({ index: indexAt('http://shop.example.com/'), list: signatureRejected });
    const result = await testConnection(
      { ...form, storeUrl: 'http://shop.example.com' },
      { fetch: fake.fetch },
    );
    expect(result).toMatchObject({ ok: false, problem: { kind: 'signatureRejected' } });
  });

  it('explains a Basic key the store did not see because it believes it is on http', async () => {
    const anonymous = () =>
      wooError(401, 'woocommerce_rest_cannot_view', 'Sorry, you cannot list resources.');
    const behindProxy = store({ index: indexAt('http://shop.example.com'), list: anonymous });
    expect(await testConnection(form, { fetch: behindProxy.fetch })).toMatchObject({
      ok: false,
      problem: { kind: 'addressMismatch', cause: 'basic', typed: 'https://shop.example.com' },
    });
    // The same refusal from a store that agrees on its address is simply an unknown key.
    const agrees = store({ index: indexAt('https://shop.example.com'), list: anonymous });
    expect(await testConnection(form, { fetch: agrees.fetch })).toMatchObject({
      ok: false,
      problem: { kind: 'wrongKey' },
    });
  });
});
