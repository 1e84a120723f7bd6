import type { RuntimeConfig } from '../../config/runtime-config-schema';
import { ConnectFormSchema, normalizeStoreUrl } from '../../session/connection-settings';
import type { SavedConnection } from '../../session/connection-settings';
import { testConnection } from '../connection/public';
import type { HostMessage } from '../../embed/embed-protocol';

type ConnectMessage = Extract<HostMessage, { type: 'connect' }>;

export type HostConnectOutcome =
  { ok: true; connection: SavedConnection } | { ok: false; problem: string };

/**
 * The host hands over a connection: it goes through the same checks as the connect screen, and
 * through config.json's locks, so a host cannot point a locked deployment at another store.
 * Keys from a host are never remembered on the device.
 */
export async function connectFromHost(
  message: ConnectMessage,
  config: RuntimeConfig,
  test: typeof testConnection = testConnection,
): Promise<HostConnectOutcome> {
  const locks = config.staffMayChange;
  if (
    !locks.storeUrl &&
    config.storeUrl &&
    safeNormalize(message.storeUrl) !== safeNormalize(config.storeUrl)
  ) {
    return { ok: false, problem: 'storeUrlLocked' };
  }
  const form = ConnectFormSchema.safeParse({
    storeUrl: message.storeUrl,
    version: locks.apiVersion ? (message.apiVersion ?? config.apiVersion) : config.apiVersion,
    authMode: locks.authMode ? (message.authMode ?? config.authMode) : config.authMode,
    consumerKey: message.consumerKey,
    consumerSecret: message.consumerSecret,
    remember: false,
  });
  if (!form.success) return { ok: false, problem: 'invalidConnection' };
  const result = await test(form.data);
  return result.ok
    ? { ok: true, connection: result.connection }
    : { ok: false, problem: result.problem.kind };
}

function safeNormalize(url: string): string {
  try {
    return normalizeStoreUrl(url);
  } catch {
    return url;
  }
}
