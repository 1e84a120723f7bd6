import { storageOf } from '../lib/safe-storage';

/** Where a kept connection lives, in local or session storage (connection-storage.ts). */
export const CONNECTION_STORAGE_KEY = 'customer-desk.connection';

/**
 * The storages a connection may be kept in, local first, leaving out those the browser refuses.
 * Here rather than in connection-storage.ts so the boot's preconnect can read them without zod.
 */
export function connectionStorages(): Storage[] {
  return [storageOf('local'), storageOf('session')].filter((s): s is Storage => s !== null);
}
