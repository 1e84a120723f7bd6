import { createClient, type ApiVersion } from '../client';
import { isApiError, type ApiError } from '../errors';
import { makeCustomer } from './customer-fixtures';
import { createFakeFetch, jsonResponse, type FakeHandler } from './fake-fetch';

/** A Basic-auth client over a recording fake fetch, for endpoint tests. */
export function setupClient(
  handler: FakeHandler = () => jsonResponse(makeCustomer(5)),
  version: ApiVersion = 'v3',
) {
  const fake = createFakeFetch(handler);
  const client = createClient({
    storeUrl: 'https://shop.test',
    version,
    consumerKey: 'ck_x',
    consumerSecret: 'cs_secret_value',
    authMode: 'basic',
    fetch: fake.fetch,
  });
  return { client, calls: fake.calls };
}

/** The ApiError a promise rejects with; fails the test if it resolves or rejects otherwise. */
export async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isApiError(error)) throw new Error('expected an ApiError');
  return error;
}
