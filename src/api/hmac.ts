import { hmac } from '@noble/hashes/hmac.js';
import { sha1 } from '@noble/hashes/legacy.js';
import { sha256 } from '@noble/hashes/sha2.js';

export type HmacHash = 'SHA-1' | 'SHA-256';

const encoder = new TextEncoder();

export async function hmacWithWebCrypto(
  subtle: SubtleCrypto,
  hash: HmacHash,
  key: string,
  message: string,
): Promise<Uint8Array> {
  const cryptoKey = await subtle.importKey(
    'raw',
    encoder.encode(key),
    { name: 'HMAC', hash },
    false,
    ['sign'],
  );
  return new Uint8Array(await subtle.sign('HMAC', cryptoKey, encoder.encode(message)));
}

export function hmacWithNoble(hash: HmacHash, key: string, message: string): Uint8Array {
  const fn = hash === 'SHA-1' ? sha1 : sha256;
  return hmac(fn, encoder.encode(key), encoder.encode(message));
}

/**
 * HMAC with Web Crypto when present. Browsers hide `crypto.subtle` outside secure contexts, and a
 * store on plain http (the case that needs OAuth) is often opened from an http page, so the pure
 * JS implementation is a real path, not just a test double.
 */
export async function hmacSign(hash: HmacHash, key: string, message: string): Promise<Uint8Array> {
  const subtle: SubtleCrypto | undefined = globalThis.crypto?.subtle;
  return subtle ? hmacWithWebCrypto(subtle, hash, key, message) : hmacWithNoble(hash, key, message);
}
