import { readJson, writeJson } from '../lib/local-storage';
import { PAGE_SIZES } from '../lib/paging';
import type { RuntimeConfig } from './runtime-config-schema';

// What of config.json the next boot needs before config.json has been read: the grid's first
// list request leaves at boot with the page size, avatars and timeout this visit had. main.tsx
// then checks that request against the config.json it reads, and asks again if it changed.

const STORAGE_KEY = 'customer-desk.boot-settings';

export type BootSettings = Pick<RuntimeConfig, 'pageSize' | 'avatars' | 'requestTimeoutSeconds'>;

export function rememberBootSettings(config: RuntimeConfig): void {
  const { pageSize, avatars, requestTimeoutSeconds } = config;
  const kept: BootSettings = { pageSize, avatars, requestTimeoutSeconds };
  writeJson(STORAGE_KEY, kept);
}

/** The last visit's settings; undefined on a first visit or if what is stored is not usable. */
export function loadBootSettings(): BootSettings | undefined {
  const stored = readJson(STORAGE_KEY);
  if (typeof stored !== 'object' || stored === null) return undefined;
  const { pageSize, avatars, requestTimeoutSeconds } = stored as Record<string, unknown>;
  const pageSizeOk = pageSize === undefined || PAGE_SIZES.some((size) => size === pageSize);
  const avatarsOk = avatars === 'initials' || avatars === 'gravatar';
  const timeoutOk =
    typeof requestTimeoutSeconds === 'number' &&
    Number.isInteger(requestTimeoutSeconds) &&
    requestTimeoutSeconds >= 1 &&
    requestTimeoutSeconds <= 300;
  if (!pageSizeOk || !avatarsOk || !timeoutOk) return undefined;
  return { pageSize: pageSize as BootSettings['pageSize'], avatars, requestTimeoutSeconds };
}
