import { createHmac } from 'node:crypto';
import OAuth from 'oauth-1.0a';
import type { RunningStore } from '../../demo-store/server';
import { E2E_KEYS } from './fixtures';

// An independent way for tests to read the store (through its public HTTP API, signed by the
// reference OAuth library), so expectations never come from the app's own code.
const oauth = new OAuth({
  consumer: { key: E2E_KEYS.key, secret: E2E_KEYS.secret },
  signature_method: 'HMAC-SHA256',
  hash_function: (base, key) => createHmac('sha256', key).update(base).digest('base64'),
});

export async function readFromStore<T>(store: RunningStore, path: string): Promise<T> {
  const url = `${store.url}/wp-json/wc/v3/${path}`;
  if (store.https) {
    const basic = Buffer.from(`${E2E_KEYS.key}:${E2E_KEYS.secret}`).toString('base64');
    return parseOk<T>(
      await store.handler.handle(
        new Request(url, { headers: { Authorization: `Basic ${basic}` } }),
      ),
      path,
    );
  }
  // In the header, as the app signs: the store's request log then never shows keys in URLs.
  const headers = { ...oauth.toHeader(oauth.authorize({ url, method: 'GET' })) };
  return parseOk<T>(await store.handler.handle(new Request(url, { headers })), path);
}

async function parseOk<T>(response: Response, path: string): Promise<T> {
  if (!response.ok) throw new Error(`store answered ${response.status} for ${path}`);
  return (await response.json()) as T;
}

export interface StoreLogEntry {
  method: string;
  path: string;
  query: string;
  authorization: boolean;
  /** The injected fault's type, when one applied. */
  fault: string | null;
}

export async function storeRequestLog(store: RunningStore): Promise<StoreLogEntry[]> {
  const response = await store.handler.handle(new Request(`${store.url}/__demo/requests`));
  return (await response.json()) as StoreLogEntry[];
}
