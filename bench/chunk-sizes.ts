// Bytes per screen chunk, from the build's manifest: what the start (the entry and everything it
// imports statically) weighs, and what each screen or dialog adds on first use.
//   npx vite build --manifest && npx tsx bench/chunk-sizes.ts [dist]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface Chunk {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  css?: string[];
}

const dist = process.argv[2] ?? 'dist';
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<
  string,
  Chunk
>;
function chunk(key: string): Chunk {
  const found = manifest[key];
  if (!found) throw new Error(`${key} is not in the manifest`);
  return found;
}
const gzipKB = (file: string) => gzipSync(readFileSync(join(dist, file))).length / 1024;

function closure(key: string, found = new Set<string>()): Set<string> {
  if (found.has(key)) return found;
  found.add(key);
  for (const next of chunk(key).imports ?? []) closure(next, found);
  return found;
}
const weigh = (keys: Iterable<string>) =>
  [...keys].reduce(
    (sum, key) =>
      sum + gzipKB(chunk(key).file) + (chunk(key).css ?? []).reduce((s, c) => s + gzipKB(c), 0),
    0,
  );

// index.html and the boot script it runs async (src/app/boot.ts, an entry of its own).
const entries = Object.keys(manifest).filter((key) => chunk(key).isEntry);
if (entries.length === 0) throw new Error('the manifest names no entry: build with --manifest');
const start = new Set<string>();
for (const entry of entries) closure(entry, start);
const rows = Object.keys(manifest)
  .filter((key) => chunk(key).isDynamicEntry)
  .map((key) => {
    const extra = [...closure(key)].filter((k) => !start.has(k));
    return { chunk: key.replace(/^src\//, ''), addsKB: weigh(extra) };
  })
  .sort((a, b) => b.addsKB - a.addsKB);

const all = readdirSync(join(dist, 'assets'))
  .filter((f) => /\.(js|css)$/.test(f))
  .reduce((sum, f) => sum + gzipKB(join('assets', f)), 0);
console.log(`start (the entries + their static imports): ${weigh(start).toFixed(1)} KB gzip`);
console.table(
  rows.map((r) => ({ chunk: r.chunk, 'adds on first use (KB gzip)': +r.addsKB.toFixed(1) })),
);
console.log(`all JS + CSS: ${all.toFixed(1)} KB gzip`);
