// HMAC-SHA1 and HMAC-SHA256 (RFC 2104 over FIPS 180-4) in plain JS, synchronous.
// OAuth 1.0a signs every request to a store on plain http. Web Crypto would answer in a later task,
// and a request signed at boot would then leave only after the app's whole start chunk has run
// (200 ms and more); signed here, it leaves at once. It also works where browsers hide
// `crypto.subtle` (pages on plain http). Messages are a few hundred bytes: microseconds.

export type HmacHash = 'SHA-1' | 'SHA-256';

const encoder = new TextEncoder();
const BLOCK_BYTES = 64;

// SHA-256's round constants: the first 32 bits of the fractional parts of the cube roots of the
// first 64 primes (computed exactly with integers, checked by the tests against node:crypto).
// prettier-ignore
const K256 = Uint32Array.of(
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
);
// prettier-ignore
const SHA256_START = [
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];
const SHA1_START = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];

const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));
const rotl = (x: number, n: number) => (x << n) | (x >>> (32 - n));

/** One 64-byte block into the state; `w` holds the block's 16 words and room for the schedule. */
type Compress = (state: Uint32Array, w: Uint32Array) => void;

// Uint32Arrays store every sum modulo 2^32, which is the arithmetic both hashes ask for.
const sha256Block: Compress = (state, w) => {
  for (let i = 16; i < 64; i += 1) {
    const x = w[i - 15] ?? 0;
    const y = w[i - 2] ?? 0;
    const s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3);
    const s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10);
    w[i] = (w[i - 16] ?? 0) + s0 + (w[i - 7] ?? 0) + s1;
  }
  let [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0] = state;
  for (let i = 0; i < 64; i += 1) {
    const s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
    const t1 = (h + s1 + ((e & f) ^ (~e & g)) + (K256[i] ?? 0) + (w[i] ?? 0)) | 0;
    const s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
    const t2 = (s0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  [a, b, c, d, e, f, g, h].forEach((word, i) => (state[i] = (state[i] ?? 0) + word));
};

const sha1Block: Compress = (state, w) => {
  for (let i = 16; i < 80; i += 1) {
    w[i] = rotl((w[i - 3] ?? 0) ^ (w[i - 8] ?? 0) ^ (w[i - 14] ?? 0) ^ (w[i - 16] ?? 0), 1);
  }
  let [a = 0, b = 0, c = 0, d = 0, e = 0] = state;
  for (let i = 0; i < 80; i += 1) {
    let mix: number;
    let k: number;
    if (i < 20) {
      mix = (b & c) | (~b & d);
      k = 0x5a827999;
    } else if (i < 40) {
      mix = b ^ c ^ d;
      k = 0x6ed9eba1;
    } else if (i < 60) {
      mix = (b & c) | (b & d) | (c & d);
      k = 0x8f1bbcdc;
    } else {
      mix = b ^ c ^ d;
      k = 0xca62c1d6;
    }
    const t = (rotl(a, 5) + mix + e + k + (w[i] ?? 0)) | 0;
    e = d;
    d = c;
    c = rotl(b, 30);
    b = a;
    a = t;
  }
  [a, b, c, d, e].forEach((word, i) => (state[i] = (state[i] ?? 0) + word));
};

/** Merkle–Damgård with the 0x80 pad and the bit length as a big-endian 64-bit number. */
function digest(start: readonly number[], compress: Compress, bytes: Uint8Array): Uint8Array {
  const padded = new Uint8Array(Math.ceil((bytes.length + 9) / BLOCK_BYTES) * BLOCK_BYTES);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  const bits = bytes.length * 8;
  view.setUint32(padded.length - 8, Math.floor(bits / 2 ** 32));
  view.setUint32(padded.length - 4, bits >>> 0);
  const state = Uint32Array.from(start);
  const w = new Uint32Array(80);
  for (let offset = 0; offset < padded.length; offset += BLOCK_BYTES) {
    for (let i = 0; i < 16; i += 1) w[i] = view.getUint32(offset + i * 4);
    compress(state, w);
  }
  const out = new Uint8Array(state.length * 4);
  const outView = new DataView(out.buffer);
  state.forEach((word, i) => outView.setUint32(i * 4, word));
  return out;
}

function hash(kind: HmacHash, bytes: Uint8Array): Uint8Array {
  return kind === 'SHA-1'
    ? digest(SHA1_START, sha1Block, bytes)
    : digest(SHA256_START, sha256Block, bytes);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** HMAC of `message` under `key`, both UTF-8 encoded. */
export function hmac(kind: HmacHash, key: string, message: string): Uint8Array {
  const encodedKey = encoder.encode(key);
  const keyBytes = encodedKey.length > BLOCK_BYTES ? hash(kind, encodedKey) : encodedKey;
  const inner = new Uint8Array(BLOCK_BYTES).fill(0x36);
  const outer = new Uint8Array(BLOCK_BYTES).fill(0x5c);
  keyBytes.forEach((byte, i) => {
    inner[i] = (inner[i] ?? 0) ^ byte;
    outer[i] = (outer[i] ?? 0) ^ byte;
  });
  return hash(kind, concat(outer, hash(kind, concat(inner, encoder.encode(message)))));
}
