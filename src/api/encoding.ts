/** Base64 of raw bytes; btoa only takes "binary strings", one char per byte. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Base64 of a string's UTF-8 bytes; plain btoa throws on anything outside Latin-1. */
export function utf8ToBase64(text: string): string {
  return bytesToBase64(new TextEncoder().encode(text));
}
