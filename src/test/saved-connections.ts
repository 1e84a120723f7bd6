import type { SavedConnection } from '../session/connection-settings';

/** A connection as a tab holds it, for tests of the session layer. */
export const storeA: SavedConnection = {
  storeUrl: 'https://a.example.com',
  storeName: 'Store A',
  version: 'v3',
  authMode: 'auto',
  consumerKey: 'ck_a',
  consumerSecret: 'cs_a',
  remember: false,
  access: 'read_write',
};
