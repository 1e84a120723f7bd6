import { createClient, type ApiClient } from '../api/client';
import type { SavedConnection } from './connection-settings';

/** The API client for a saved connection; no React, so the boot can use it before React runs. */
export function clientFor(connection: SavedConnection, timeoutSeconds: number): ApiClient {
  return createClient({
    storeUrl: connection.storeUrl,
    version: connection.version,
    consumerKey: connection.consumerKey,
    consumerSecret: connection.consumerSecret,
    authMode: connection.authMode,
    timeoutMs: timeoutSeconds * 1000,
  });
}
