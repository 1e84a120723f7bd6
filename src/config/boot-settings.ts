import * as z from 'zod/mini';
import { readJson, writeJson } from '../lib/local-storage';
import {
  AvatarsSchema,
  PageSizeSchema,
  TimeoutSecondsSchema,
  type RuntimeConfig,
} from './runtime-config-schema';

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

// config.json's own rules, without its defaults: a stored value that lacks one is not used.
const BootSettingsSchema = z.object({
  pageSize: z.optional(PageSizeSchema),
  avatars: AvatarsSchema,
  requestTimeoutSeconds: TimeoutSecondsSchema,
});

/** The last visit's settings; undefined on a first visit or if what is stored is not usable. */
export function loadBootSettings(): BootSettings | undefined {
  const parsed = BootSettingsSchema.safeParse(readJson(STORAGE_KEY));
  return parsed.success ? parsed.data : undefined;
}
