// A small seeded random source for the seed data. Math.random would make every run different;
// tests and screenshots need the same store for the same seed.

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Fills a pattern: `#` any digit, `%` a digit 2–9, `@` an upper-case letter; the rest is kept. */
  pattern(template: string): string;
}

// Letters valid in both UK inward codes and Canadian postcodes, so one pattern alphabet serves
// every postcode format used by the seed.
const LETTERS = 'ABEGHJLNPRSTWXYZ';

/** mulberry32: tiny, fast and good enough for test data (not for anything secret). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: (items) => pickAt(items, Math.floor(next() * items.length)),
    pattern: (template) => {
      // One random number per run of digits rather than per digit: fewer calls and far fewer
      // throw-away strings, which matters when 100k addresses are made at once.
      let out = '';
      for (const segment of compilePattern(template)) {
        if (segment.kind === 'text') out += segment.text;
        else if (segment.kind === 'digits')
          out += String(int(0, segment.span - 1)).padStart(segment.length, '0');
        else if (segment.kind === 'nonzero') out += String(int(2, 9));
        else out += LETTERS.charAt(int(0, LETTERS.length - 1));
      }
      return out;
    },
  };
}

type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'digits'; length: number; span: number }
  | { kind: 'nonzero' }
  | { kind: 'letter' };

const patterns = new Map<string, Segment[]>();

/** Splits a pattern once into literal text and runs of digits (at most 9, to stay exact). */
function compilePattern(template: string): Segment[] {
  const cached = patterns.get(template);
  if (cached) return cached;
  const segments: Segment[] = [];
  let index = 0;
  while (index < template.length) {
    const char = template.charAt(index);
    if (char === '#') {
      let length = 0;
      while (template.charAt(index) === '#' && length < 9) {
        length += 1;
        index += 1;
      }
      segments.push({ kind: 'digits', length, span: 10 ** length });
      continue;
    }
    if (char === '%') segments.push({ kind: 'nonzero' });
    else if (char === '@') segments.push({ kind: 'letter' });
    else {
      const last = segments[segments.length - 1];
      if (last?.kind === 'text') last.text += char;
      else segments.push({ kind: 'text', text: char });
    }
    index += 1;
  }
  patterns.set(template, segments);
  return segments;
}

/** Index access that fails loudly on an empty pool instead of leaking `undefined`. */
export function pickAt<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`seed pool has no item at ${index}`);
  return item;
}

/** Pre-computed cumulative weights, so a weighted pick is one binary search. */
export interface Weighted<T> {
  items: readonly T[];
  cumulative: Float64Array;
}

export function weighted<T>(entries: readonly (readonly [T, number])[]): Weighted<T> {
  const cumulative = new Float64Array(entries.length);
  let total = 0;
  entries.forEach(([, weight], index) => {
    total += weight;
    cumulative[index] = total;
  });
  for (let index = 0; index < cumulative.length; index += 1) {
    cumulative[index] = (cumulative[index] ?? 0) / total;
  }
  return { items: entries.map(([item]) => item), cumulative };
}

export function pickWeighted<T>(random: Random, table: Weighted<T>): T {
  const target = random.next();
  let low = 0;
  let high = table.cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((table.cumulative[middle] ?? 1) > target) high = middle;
    else low = middle + 1;
  }
  return pickAt(table.items, low);
}
