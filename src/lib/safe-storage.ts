// Web storage that may not be there. In a cross-site iframe with third-party storage blocked,
// merely reading `window.sessionStorage` throws a SecurityError; private modes and full quotas
// make writes throw. Callers get null (or false) instead, and say what cannot be kept.

export type StorageKind = 'local' | 'session';

/** The storage, or null when the browser refuses access to it here. */
export function storageOf(kind: StorageKind): Storage | null {
  try {
    const storage = kind === 'local' ? window.localStorage : window.sessionStorage;
    return storage ?? null;
  } catch {
    return null;
  }
}

const PROBE_KEY = 'customer-desk.storage-probe';

/** Whether something written now would be kept: the storage exists and accepts a write. */
export function canKeep(kind: StorageKind): boolean {
  const storage = storageOf(kind);
  if (!storage) return false;
  try {
    storage.setItem(PROBE_KEY, '1');
    storage.removeItem(PROBE_KEY);
    return true;
  } catch {
    return false;
  }
}
