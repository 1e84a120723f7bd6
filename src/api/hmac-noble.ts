import { hmac } from '@noble/hashes/hmac.js';
import { sha1 } from '@noble/hashes/legacy.js';
import { sha256 } from '@noble/hashes/sha2.js';
import type { HmacHash } from './hmac';

const encoder = new TextEncoder();

/** HMAC in plain JS, for pages without `crypto.subtle` (loaded only there: see hmac.ts). */
export function hmacWithNoble(hash: HmacHash, key: string, message: string): Uint8Array {
  const fn = hash === 'SHA-1' ? sha1 : sha256;
  return hmac(fn, encoder.encode(key), encoder.encode(message));
}
