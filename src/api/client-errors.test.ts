import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createClient, type ApiClient, type AuthMode } from './client';
import type { ApiError } from './errors';
import { isApiError } from './errors';
import {
  createFakeFetch,
  hangUntilAborted,
  jsonResponse,
  textResponse,
  type FakeHandler,
} from './testing/fake-fetch';

const SECRET = 'cs_0123456789abcdef0123456789abcdef01234567';
const schema = z.looseObject({ id: z.number() });

function clientWith(
  handler: FakeHandler,
  authMode: AuthMode = 'basic',
  timeoutMs?: number,
): ApiClient {
  const storeUrl = authMode === 'oauth1' ? 'http://shop.test' : 'https://shop.test';
  const { fetch } = createFakeFetch(handler);
  return createClient({
    storeUrl,
    version: 'v3',
    consumerKey: 'ck_x',
    consumerSecret: SECRET,
    authMode,
    fetch,
    timeoutMs,
  });
}

async function failure(client: ApiClient, signal?: AbortSignal): Promise<ApiError> {
  const error: unknown = await client.request({ path: 'customers/5', schema, signal }).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isApiError(error)) throw new Error(`expected an ApiError, got ${String(error)}`);
  expect(error.message).not.toContain(SECRET);
  return error;
}

const envelope = (code: string, message: string, status: number, extra: object = {}) =>
  jsonResponse({ code, message, data: { status, ...extra } }, { status });

describe('error mapping', () => {
  it.each([
    [401, 'woocommerce_rest_cannot_view', 'auth'],
    [403, 'woocommerce_rest_cannot_edit', 'forbidden'],
    [404, 'woocommerce_rest_invalid_id', 'not_found'],
    [404, 'wc_user_invalid_id', 'not_found'],
    [404, 'rest_no_route', 'not_found'],
    [400, 'woocommerce_rest_invalid_id', 'not_found'],
    [400, 'wc_user_invalid_id', 'not_found'],
    [400, 'registration-error-email-exists', 'validation'],
    [400, 'customer_invalid_email', 'validation'],
    [400, 'woocommerce_rest_customer_invalid_email', 'validation'],
    [413, 'woocommerce_rest_request_entity_too_large', 'too_large'],
    [500, 'internal_server_error', 'server'],
    [501, 'woocommerce_rest_trash_not_supported', 'server'],
  ] as const)('%i %s → %s', async (status, code, kind) => {
    const error = await failure(clientWith(() => envelope(code, 'Something.', status)));
    expect(error).toMatchObject({ kind, status, code, message: 'Something.' });
  });

  it('keeps rest_invalid_param params as plain text', async () => {
    const body = envelope('rest_invalid_param', 'Invalid parameter(s): per_page', 400, {
      params: { per_page: 'per_page must be between 1 (inclusive) and 100 (inclusive)' },
    });
    const error = await failure(clientWith(() => body));
    expect(error.kind).toBe('validation');
    expect(error.params).toEqual({
      per_page: 'per_page must be between 1 (inclusive) and 100 (inclusive)',
    });
  });

  it('turns HTML in server messages into text and keeps the raw envelope', async () => {
    const message =
      'An account is already registered with your email address. <a href="#" class="showlogin">Please log in.</a>';
    const error = await failure(
      clientWith(() => envelope('registration-error-email-exists', message, 400)),
    );
    expect(error.message).toBe(
      'An account is already registered with your email address. Please log in.',
    );
    expect(error.rawMessage).toBe(message);
    expect(error.data).toEqual({
      code: 'registration-error-email-exists',
      message,
      data: { status: 400 },
    });
  });

  it('reads Retry-After in seconds and as an HTTP date on 429', async () => {
    const inSeconds = await failure(
      clientWith(() => jsonResponse({}, { status: 429, headers: { 'Retry-After': '42' } })),
    );
    expect(inSeconds).toMatchObject({ kind: 'rate_limited', retryAfterSeconds: 42 });
    const date = new Date(Date.now() + 90_000).toUTCString();
    const asDate = await failure(
      clientWith(() => jsonResponse({}, { status: 429, headers: { 'Retry-After': date } })),
    );
    expect(asDate.kind).toBe('rate_limited');
    expect(asDate.retryAfterSeconds).toBeGreaterThanOrEqual(88);
    expect(asDate.retryAfterSeconds).toBeLessThanOrEqual(90);
  });

  it('maps an HTML 502 page to a readable server error', async () => {
    const page =
      '<html><head><title>502 Bad Gateway</title><style>h1{color:red}</style></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>';
    const error = await failure(clientWith(() => textResponse(page, 502)));
    expect(error.kind).toBe('server');
    expect(error.status).toBe(502);
    expect(error.message).toContain('502 Bad Gateway');
    expect(error.message).not.toContain('<');
  });

  it('maps invalid JSON on success to bad_response', async () => {
    const error = await failure(
      clientWith(() => textResponse('<html><body>Welcome to my blog</body></html>')),
    );
    expect(error.kind).toBe('bad_response');
    expect(error.message).not.toContain('<');
  });

  it('maps a schema mismatch to bad_response with the zod issues', async () => {
    const error = await failure(clientWith(() => jsonResponse({ id: 'five' })));
    expect(error.kind).toBe('bad_response');
    expect(error.message).toBe(
      'The store gave an unexpected answer. id: Invalid input: expected number, received string',
    );
    expect(Array.isArray(error.data)).toBe(true);
  });

  it('reads JSON preceded by PHP notices', async () => {
    const body =
      '<br />\n<b>Notice</b>:  Undefined index: x in <b>/var/www/plugin.php</b> on line <b>12</b><br />\n{"id":1,"name":"{[tricky]}"}';
    const client = clientWith(() => textResponse(body, 200, 'application/json'));
    const { data } = await client.request({ path: 'customers/1', schema });
    expect(data).toEqual({ id: 1, name: '{[tricky]}' });
  });

  it('reads an error envelope preceded by PHP notices', async () => {
    const body =
      '<b>Warning</b>: something<br />\n{"code":"woocommerce_rest_invalid_id","message":"Invalid ID.","data":{"status":404}}';
    const error = await failure(clientWith(() => textResponse(body, 404, 'application/json')));
    expect(error).toMatchObject({ kind: 'not_found', code: 'woocommerce_rest_invalid_id' });
  });

  it('maps a fetch TypeError to network, mentioning CORS', async () => {
    const error = await failure(clientWith(() => Promise.reject(new TypeError('Failed to fetch'))));
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/CORS/);
  });

  it('maps our timeout to timeout', async () => {
    const error = await failure(clientWith(hangUntilAborted, 'basic', 20));
    expect(error.kind).toBe('timeout');
  });

  it("maps the caller's abort to aborted", async () => {
    const controller = new AbortController();
    const pending = failure(clientWith(hangUntilAborted), controller.signal);
    controller.abort();
    expect((await pending).kind).toBe('aborted');
  });

  it.each(['basic', 'query', 'oauth1'] as const)(
    'never leaks the secret into messages or data (%s)',
    async (mode) => {
      // A proxy that echoes the request URL back, as some error pages do.
      const echo: FakeHandler = (call) =>
        jsonResponse(
          { code: 'x', message: `Bad ${call.url.href}`, data: { status: 400, url: call.url.href } },
          { status: 400 },
        );
      const error = await failure(clientWith(echo, mode));
      expect(JSON.stringify(error.data)).not.toContain(SECRET);
      expect(error.rawMessage).not.toContain(SECRET);
      const network = await failure(
        clientWith((call) => Promise.reject(new TypeError(`fetch failed ${call.url.href}`)), mode),
      );
      expect(network.message).not.toContain(SECRET);
    },
  );
});
