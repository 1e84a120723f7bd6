// What does not need a browser: the whole bundle's gzipped size and largest chunks, and the bytes
// of a 100-row list page with the grid's `_fields` against full customer objects.
import { createHmac } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import OAuth from 'oauth-1.0a';
import type { RunningStore } from '../demo-store/server';
import { KEYS } from './app-session';
import {
  columnsFor,
  fieldsFor,
  type AvatarMode,
} from '../src/features/customers/grid/grid-columns';

export async function bundleSizes(distDir: string) {
  const dir = join(distDir, 'assets');
  const files = (await readdir(dir)).filter((f) => /\.(js|css)$/.test(f));
  const sized = await Promise.all(
    files.map(async (file) => ({
      file,
      gzipKB: gzipSync(await readFile(join(dir, file))).length / 1024,
    })),
  );
  sized.sort((a, b) => b.gzipKB - a.gzipKB);
  return { totalGzipKB: sized.reduce((sum, f) => sum + f.gzipKB, 0), largest: sized.slice(0, 3) };
}

const oauth = new OAuth({
  consumer: { key: KEYS.key, secret: KEYS.secret },
  signature_method: 'HMAC-SHA256',
  hash_function: (base, key) => createHmac('sha256', key).update(base).digest('base64'),
});

/** A GET answered by the store's handler in-process, signed as the app signs over HTTP. */
async function signedGet(store: RunningStore, query: string): Promise<Response> {
  const url = `${store.url}/wp-json/wc/v3/customers?${query}`;
  const headers = { ...oauth.toHeader(oauth.authorize({ url, method: 'GET' })) };
  return store.handler.handle(new Request(url, { headers }));
}

async function pageBytes(store: RunningStore, query: string): Promise<number> {
  return (await (await signedGet(store, query)).arrayBuffer()).byteLength;
}

/** Ids of customers (role customer, not staff) for the write benchmarks to edit and delete. */
export async function customerIds(store: RunningStore, count: number): Promise<number[]> {
  const response = await signedGet(store, `role=customer&orderby=id&per_page=${count}&_fields=id`);
  return ((await response.json()) as { id: number }[]).map((customer) => customer.id);
}

/**
 * A 100-row page with the `_fields` the grid asks for with its default columns (the app's own
 * `fieldsFor`, so this follows the grid), with initials and with Gravatar avatars, against whole
 * customer objects. Uncompressed bytes of the JSON.
 */
export async function listPayloads(store: RunningStore) {
  const fields = (avatars: AvatarMode) => fieldsFor(columnsFor('v3'), 'v3', avatars).join(',');
  const kb = async (query: string) => (await pageBytes(store, query)) / 1024;
  return {
    trimmedKB: await kb(`per_page=100&_fields=${fields('initials')}`),
    gravatarKB: await kb(`per_page=100&_fields=${fields('gravatar')}`),
    fullKB: await kb('per_page=100'),
  };
}
