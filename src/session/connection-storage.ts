import { storageOf } from '../lib/safe-storage';
import { SavedConnectionSchema, type SavedConnection } from './connection-settings';
import { CONNECTION_STORAGE_KEY as STORAGE_KEY, connectionStorages } from './connection-key';

// Session storage by default (gone with the tab); local storage only when the user ticked
// "remember on this device". Either may be blocked (a cross-site iframe with third-party storage
// blocked throws on merely reading `window.sessionStorage`): then nothing is kept, nothing throws.

export function loadConnection(): SavedConnection | null {
  for (const storage of connectionStorages()) {
    try {
      const raw = storage.getItem(STORAGE_KEY);
      if (!raw) continue;
      const parsed = SavedConnectionSchema.safeParse(JSON.parse(raw));
      if (parsed.success) return parsed.data;
    } catch {
      /* unreadable or corrupt entry: ignore it and fall through to the connect screen */
    }
    removeFrom(storage);
  }
  return null;
}

/**
 * Keeps the connection where its `remember` choice says. False when the browser refuses: the
 * connection then works for this page's lifetime only, and the app says so.
 */
export function saveConnection(connection: SavedConnection): boolean {
  forgetConnection();
  const target = storageOf(connection.remember ? 'local' : 'session');
  if (!target) return false;
  try {
    target.setItem(STORAGE_KEY, JSON.stringify(connection));
    return true;
  } catch {
    return false;
  }
}

export function forgetConnection(): void {
  for (const storage of connectionStorages()) removeFrom(storage);
}

function removeFrom(storage: Storage): void {
  try {
    storage.removeItem(STORAGE_KEY);
  } catch {
    /* blocked: nothing could have been kept there either */
  }
}
