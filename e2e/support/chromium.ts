import { existsSync } from 'node:fs';

/**
 * Playwright cannot download its own browsers everywhere, so we prefer the system Chromium:
 * $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own (undefined).
 */
export function chromiumExecutablePath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Store data links to outside hosts (Gravatar avatars); tests never leave this machine.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
