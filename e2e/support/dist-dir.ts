import { resolve } from 'node:path';

/**
 * Where the built app is read from: `dist/` unless E2E_DIST_DIR says otherwise, so two people
 * (or agents) can build and test their own copies side by side without overwriting each other.
 */
export function distDir(): string {
  return resolve(process.env.E2E_DIST_DIR ?? 'dist');
}
