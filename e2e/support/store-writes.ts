import { createHmac } from 'node:crypto';
import OAuth from 'oauth-1.0a';
import type { RunningStore } from '../../demo-store/server';
import { E2E_KEYS } from './fixtures';

// Changes made "by someone else": straight to the store over its public API, signed by the
// reference OAuth library, as another admin's tool would. Used to set up conflicts and fixtures.
const oauth = new OAuth({
  consumer: { key: E2E_KEYS.key, secret: E2E_KEYS.secret },
  signature_method: 'HMAC-SHA256',
  hash_function: (base, key) => createHmac('sha256', key).update(base).digest('base64'),
});

export async function writeToStore<T>(
  store: RunningStore,
  method: 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  const url = `${store.url}/wp-json/wc/v3/${path}`;
  const header = oauth.toHeader(oauth.authorize({ url, method }));
  const response = await store.handler.handle(
    new Request(url, {
      method,
      headers: { ...header, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
  if (!response.ok) throw new Error(`store answered ${response.status} for ${method} ${path}`);
  return (await response.json()) as T;
}

/** A fault the store answers with until cleared (see demo-store/README.md). */
export async function injectFault(store: RunningStore, rule: unknown): Promise<void> {
  const response = await store.handler.handle(
    new Request(`${store.url}/__demo/faults`, { method: 'POST', body: JSON.stringify(rule) }),
  );
  if (!response.ok) throw new Error(`fault refused: ${await response.text()}`);
}

export async function clearFaults(store: RunningStore): Promise<void> {
  await store.handler.handle(new Request(`${store.url}/__demo/faults`, { method: 'DELETE' }));
}
