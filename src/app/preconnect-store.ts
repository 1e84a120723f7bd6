import { CONNECTION_STORAGE_KEY, connectionStorages } from '../session/connection-key';

// The boot chunk's first module (boot.ts imports it before zod and the schemas): on a reload of a
// connected tab the browser starts opening the connection to the store (DNS, TCP, TLS) at once,
// while the boot builds and signs its list request, instead of when that request leaves. Over a
// real network that is one to three round trips the first request no longer waits for. Nothing
// here imports zod: the kept connection is read for its address alone, and anything that is not
// a plain http(s) address is left alone (the boot validates the connection properly).

/** The origin of the store a kept connection points at, or null. */
export function keptStoreOrigin(): string | null {
  for (const storage of connectionStorages()) {
    try {
      const raw = storage.getItem(CONNECTION_STORAGE_KEY);
      if (!raw) continue;
      const storeUrl: unknown = (JSON.parse(raw) as { storeUrl?: unknown } | null)?.storeUrl;
      if (typeof storeUrl !== 'string') continue;
      const url = new URL(storeUrl.trim());
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.origin;
    } catch {
      // Unreadable or not an address: the boot finds the same and goes to the connect screen.
    }
  }
  return null;
}

/**
 * Adds `<link rel="preconnect">` to the kept store's origin. `crossorigin`: the app's requests
 * omit credentials, and the browser keeps those on connections of their own.
 */
export function preconnectToKeptStore(): void {
  const origin = keptStoreOrigin();
  if (!origin || origin === window.location.origin) return;
  const link = document.createElement('link');
  link.rel = 'preconnect';
  link.href = origin;
  link.crossOrigin = 'anonymous';
  document.head.append(link);
}

preconnectToKeptStore();
