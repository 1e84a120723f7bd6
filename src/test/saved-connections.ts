import type { SavedConnection } from '../session/connection-settings';
import { CHANNEL_NAME } from '../session/tab-channel';

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

/**
 * A connected tab whose page is busy: it answers each new tab's question `delayMs` late, on the
 * raw channel. Returns the way to close it.
 */
export function lateAnsweringTab(connection: SavedConnection, delayMs: number): () => void {
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<{ type: string; id?: string }>) => {
    const { type, id } = event.data;
    if (type !== 'ask') return;
    setTimeout(() => channel.postMessage({ type: 'offer', to: id, connection }), delayMs);
  };
  return () => channel.close();
}
