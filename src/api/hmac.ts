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

/**
 * HMAC with Web Crypto when present. Browsers hide `crypto.subtle` outside secure contexts, and a
 * store on plain http (the case that needs OAuth) is often opened from an http page, so the pure
 * JS implementation is a real path, not just a test double. It is a chunk of its own, fetched on
 * the first signature such a page makes: secure pages (https, localhost) never download it.
 */
export async function hmacSign(hash: HmacHash, key: string, message: string): Promise<Uint8Array> {
  const subtle: SubtleCrypto | undefined = globalThis.crypto?.subtle;
  if (subtle) return hmacWithWebCrypto(subtle, hash, key, message);
  const { hmacWithNoble } = await import('./hmac-noble');
  return hmacWithNoble(hash, key, message);
}
