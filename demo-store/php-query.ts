// PHP's query-string parsing (`$_GET`, `parse_str`). WordPress and WooCommerce see parameters
// only through it, so repeated keys keep the last value, `a[]=1&a[]=2` becomes an array and
// dots in names become underscores. The OAuth signature is computed over this parsed form.

import type { JsonValue } from './types.ts';

export type PhpNode = string | PhpMap;

/** An ordered PHP array: insertion order is kept even for integer keys. */
export class PhpMap {
  readonly entries = new Map<string, PhpNode>();

  append(value: PhpNode): void {
    let next = 0;
    for (const key of this.entries.keys()) {
      if (/^-?\d+$/.test(key)) next = Math.max(next, Number(key) + 1);
    }
    this.entries.set(String(next), value);
  }
}

function urlDecode(value: string): string {
  const plus = value.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(plus);
  } catch {
    // PHP decodes valid %XX sequences and leaves broken ones alone.
    return plus.replace(/%([0-9a-fA-F]{2})/g, (_m, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    );
  }
}

/** Splits `a[b][]` into base `a` and sub-keys `['b', '']`; null when PHP would drop it. */
function splitKey(rawKey: string): { base: string; subs: string[] } | null {
  const key = rawKey.replace(/^ +/, '');
  const open = key.indexOf('[');
  const baseRaw = open === -1 ? key : key.slice(0, open);
  const subs: string[] = [];
  let rest = open === -1 ? '' : key.slice(open);
  while (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close === -1) break;
    subs.push(rest.slice(1, close));
    rest = rest.slice(close + 1);
  }
  // An unmatched bracket makes PHP keep the name literally, with the bracket as an underscore.
  const unmatched = subs.length === 0 && open !== -1;
  const literal = unmatched ? key.replace('[', '_') : baseRaw;
  const base = literal.replace(/[ .]/g, '_');
  if (base === '') return null;
  return { base, subs: unmatched ? [] : subs };
}

function assign(target: PhpMap, key: string, subs: string[], value: string): void {
  if (subs.length === 0) {
    if (key === '') target.append(value);
    else target.entries.set(key, value);
    return;
  }
  let child = key === '' ? undefined : target.entries.get(key);
  if (!(child instanceof PhpMap)) {
    child = new PhpMap();
    if (key === '') target.append(child);
    else target.entries.set(key, child);
  }
  const [next = '', ...rest] = subs;
  assign(child, next, rest, value);
}

/** PHP `parse_str()` of a raw query string (without the leading `?`). */
export function parseQueryString(query: string): PhpMap {
  const root = new PhpMap();
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawKey = urlDecode(eq === -1 ? pair : pair.slice(0, eq));
    const value = eq === -1 ? '' : urlDecode(pair.slice(eq + 1));
    const parts = splitKey(rawKey);
    if (!parts) continue;
    assign(root, parts.base, parts.subs, value);
  }
  return root;
}

/** Converts a parsed PHP array to JSON: integer-keyed arrays become lists, others objects. */
export function phpToJson(node: PhpNode): JsonValue {
  if (typeof node === 'string') return node;
  const keys = [...node.entries.keys()];
  const isList = keys.every((key) => /^\d+$/.test(key));
  if (isList) return [...node.entries.values()].map(phpToJson);
  const out: { [key: string]: JsonValue } = {};
  for (const [key, value] of node.entries) out[key] = phpToJson(value);
  return out;
}
