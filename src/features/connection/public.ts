// Connecting to a store: the guard in front of the screens that need one, the notices about the
// session (keys not kept, another store in another tab) and the checks a host page's connect
// request runs.
import type { testConnection as testNow } from './test-connection';

export { RequireConnection } from './require-connection';
export { SessionNotices } from './session-notices';

/**
 * The connect screen's checks, for a host page's connect request. Their code (and the store
 * index's parsing) is fetched on the first such request: only a page in embed mode can receive
 * one, and most of those are connected by then.
 */
export async function testConnection(
  ...args: Parameters<typeof testNow>
): ReturnType<typeof testNow> {
  const { testConnection: test } = await import('./test-connection');
  return test(...args);
}
