// @vitest-environment node
// The adapter against the demo store's own handler (no network): every auth mode and every write
// path must be accepted by a WooCommerce-faithful server, not just by our own expectations.
import { describe, expect, it } from 'vitest';
import { createStoreHandler } from '../../demo-store/handler';
import { createClient, type AuthMode } from './client';
import {
  batchCustomers,
  createCustomer,
  deleteCustomer,
  getCustomer,
  listCustomers,
  updateCustomer,
} from './endpoints/customers';
import { checkWriteAccess, discoverStore } from './endpoints/store';
import { isApiError } from './errors';

const KEYS = {
  key: 'ck_unit_1',
  secret: 'cs_unit_1',
  readKey: 'ck_unit_read',
  readSecret: 'cs_unit_read',
};

function storeAt(origin: string) {
  const handler = createStoreHandler({ ...KEYS, customers: 30, seed: 3 });
  const fetchFromStore: typeof fetch = async (input, init) => {
    const request = new Request(input instanceof URL ? input.href : input, init);
    // A browser sends a CORS preflight before any write with a JSON body or an Authorization
    // header; it carries neither, and must succeed for the write to be sent at all.
    if (request.method !== 'GET' || request.headers.has('Authorization')) {
      const preflight = await handler.handle(
        new Request(request.url, { method: 'OPTIONS', headers: { Origin: 'http://app.test' } }),
      );
      if (preflight.status !== 200)
        throw new TypeError(`preflight refused with ${preflight.status}`);
    }
    return handler.handle(request);
  };
  const client = (authMode: AuthMode, key = KEYS.key, secret = KEYS.secret) =>
    createClient({
      storeUrl: origin,
      version: 'v3',
      consumerKey: key,
      consumerSecret: secret,
      authMode,
      fetch: fetchFromStore,
    });
  return { handler, client, fetchFromStore };
}

describe.each([
  ['plain HTTP with OAuth 1.0a', 'http://127.0.0.1:8787', 'auto'],
  ['plain HTTP with OAuth 1.0a chosen explicitly', 'http://127.0.0.1:8787', 'oauth1'],
  ['HTTPS with Basic', 'https://127.0.0.1:8787', 'auto'],
  ['HTTPS with query-string keys', 'https://127.0.0.1:8787', 'query'],
] as const)('%s', (_name, origin, mode) => {
  it('discovers, reads and writes through every endpoint', async () => {
    const { client, fetchFromStore } = storeAt(origin);
    const info = await discoverStore(origin, { fetch: fetchFromStore });
    expect(info.versions).toEqual(['v3', 'v2', 'v1']);
    const api = client(mode);
    expect(await checkWriteAccess(api)).toBe('read_write');

    const page = await listCustomers(api, { per_page: 5, search: '' });
    expect(page.items).toHaveLength(5);
    expect(page.total).toBe(30);

    const created = await createCustomer(api, {
      email: 'new.person@example.com',
      first_name: 'Nova',
    });
    const updated = await updateCustomer(api, created.id, { last_name: 'Lind' });
    expect(updated).toMatchObject({ first_name: 'Nova', last_name: 'Lind' });
    expect((await getCustomer(api, created.id)).last_name).toBe('Lind');

    const batch = await batchCustomers(api, {
      update: [{ id: created.id, first_name: 'Nora' }],
      delete: [10], // the first seeded customer
    });
    expect(batch.update?.[0]).toMatchObject({ first_name: 'Nora' });
    await deleteCustomer(api, created.id);
    await expect(getCustomer(api, created.id)).rejects.toMatchObject({ kind: 'not_found' });
  });

  it('tells a read-only key apart and refuses its writes', async () => {
    const api = storeAt(origin).client(mode, KEYS.readKey, KEYS.readSecret);
    expect(await checkWriteAccess(api)).toBe('read_only');
    const error = await updateCustomer(api, 10, { first_name: 'X' }).catch((e: unknown) => e);
    expect(isApiError(error) && error.kind).toBe('auth');
  });

  it('reports a wrong secret as an auth error', async () => {
    const api = storeAt(origin).client(mode, KEYS.key, 'cs_wrong');
    await expect(listCustomers(api, { per_page: 1 })).rejects.toMatchObject({ kind: 'auth' });
  });
});
