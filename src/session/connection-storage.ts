import { SavedConnectionSchema, type SavedConnection } from './connection-settings';

const STORAGE_KEY = 'customer-desk.connection';

// Session storage by default (gone with the tab); local storage only when the user ticked
// "remember on this device". Both are tried because storage can be blocked inside iframes.
function storages(): Storage[] {
  const found: Storage[] = [];
  try {
    found.push(window.localStorage);
  } catch {
    /* blocked */
  }
  try {
    found.push(window.sessionStorage);
  } catch {
    /* blocked */
  }
  return found;
}

export function loadConnection(): SavedConnection | null {
  for (const storage of storages()) {
    const raw = storage.getItem(STORAGE_KEY);
    if (!raw) continue;
    try {
      const parsed = SavedConnectionSchema.safeParse(JSON.parse(raw));
      if (parsed.success) return parsed.data;
    } catch {
      /* corrupt entry: ignore it and fall through to the connect screen */
    }
    storage.removeItem(STORAGE_KEY);
  }
  return null;
}

export function saveConnection(connection: SavedConnection): void {
  forgetConnection();
  const target = connection.remember ? window.localStorage : window.sessionStorage;
  try {
    target.setItem(STORAGE_KEY, JSON.stringify(connection));
  } catch {
    // The connection still works for this page's lifetime; it just won't survive a reload.
  }
}

export function forgetConnection(): void {
  for (const storage of storages()) storage.removeItem(STORAGE_KEY);
}
