// WordPress's `_fields` trimming (rest_filter_response_fields): `a,b.c` keeps `a` and `b.c`,
// lists are filtered item by item, and an object trimmed to nothing prints as `[]` like PHP.

import { parseList } from './php.ts';
import type { JsonValue } from './types.ts';

export type FieldTree = Map<string, FieldTree | true>;

export function parseFields(value: JsonValue): FieldTree | null {
  const fields = parseList(value)
    .map((field) => String(field).trim())
    .filter((field) => field !== '');
  if (fields.length === 0) return null;
  const tree: FieldTree = new Map();
  for (const field of fields) {
    const parts = field.split('.');
    let node = tree;
    let skip = false;
    while (parts.length > 1) {
      const next = parts.shift() ?? '';
      const existing = node.get(next);
      // A parent already included whole makes its sub-fields redundant.
      if (existing === true) {
        skip = true;
        break;
      }
      const child: FieldTree = existing ?? new Map();
      node.set(next, child);
      node = child;
    }
    if (!skip) node.set(parts[0] ?? '', true);
  }
  return tree;
}

function intersect(data: JsonValue, tree: FieldTree): JsonValue {
  if (typeof data !== 'object' || data === null) return data;
  const entries = Array.isArray(data)
    ? data.map((value, i) => [String(i), value] as const)
    : Object.entries(data);
  const out: { [key: string]: JsonValue } = {};
  for (const [key, value] of entries) {
    const rule = tree.get(key);
    if (rule === undefined) continue;
    out[key] = rule === true ? value : intersect(value, rule);
  }
  return Object.keys(out).length === 0 ? [] : out;
}

/** Trims one object, or each item of a list. */
export function filterFields(data: JsonValue, tree: FieldTree): JsonValue {
  if (Array.isArray(data)) return data.map((item) => intersect(item, tree));
  return intersect(data, tree);
}
