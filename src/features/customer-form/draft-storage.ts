import type { ApiClient } from '../../api/client';
import { storageOf } from '../../lib/safe-storage';
import type { SavedConnection } from '../../session/connection-settings';

/** One draft per store, API version and customer (or "new"). */
export function draftKey(client: ApiClient, target: number | 'new'): string {
  const { storeUrl, version } = client.config;
  return `customer-desk.customer-draft.v1:${storeUrl}:${version}:${target}`;
}

/** Drafts hold customer data: they live as long as the keys do (see connection-storage.ts). */
export function draftStorage(connection: SavedConnection | null): Storage | undefined {
  // Blocked (a cross-site iframe without third-party storage): undefined, and the form says so.
  return storageOf(connection?.remember ? 'local' : 'session') ?? undefined;
}
