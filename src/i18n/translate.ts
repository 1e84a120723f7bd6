import type { TOptions } from './types';

/** A language's strings: nested objects whose leaves are sentences. */
export interface Strings {
  [key: string]: string | Strings;
}

/** The sentence at a dotted path (`connect.errors.timeout`), or undefined (missing, or a branch). */
export function lookup(strings: Strings | undefined, key: string): string | undefined {
  let node: string | Strings | undefined = strings;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string' || !Object.hasOwn(node, part)) {
      return undefined;
    }
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * Copies `part` into `target`, branch by branch: a leaf of `part` replaces the same leaf of
 * `target`, anything else in `target` stays. `part` itself is never shared or changed (it is often
 * a module's export). Returns whether anything changed.
 */
export function mergeStrings(target: Strings, part: Strings): boolean {
  let changed = false;
  for (const [key, value] of Object.entries(part)) {
    if (typeof value === 'string') {
      if (target[key] !== value) {
        target[key] = value;
        changed = true;
      }
      continue;
    }
    let branch = target[key];
    if (branch === undefined || typeof branch === 'string') {
      branch = {};
      target[key] = branch;
      changed = true;
    }
    if (mergeStrings(branch, value)) changed = true;
  }
  return changed;
}

const PLACEHOLDER = /{{(.+?)}}/g;

/**
 * Fills `{{name}}` with `values.name`, as text (null and undefined as nothing). A placeholder
 * whose name is not among the values stays as it is. Values are not searched for placeholders
 * themselves, and `$&` in a value is just two characters.
 */
export function interpolate(text: string, values: TOptions | undefined): string {
  if (!values || !text.includes('{{')) return text;
  return text.replace(PLACEHOLDER, (placeholder, name: string) => {
    const variable = name.trim();
    if (!Object.hasOwn(values, variable)) return placeholder;
    const value = values[variable];
    return value === undefined || value === null ? '' : String(value as string);
  });
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** `_one`, `_other`…: the plural form that `count` takes in `language` (CLDR's rules, via Intl). */
export function pluralSuffix(language: string, count: number): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return `_${rules.select(count)}`;
}

/**
 * The sentence for `key` in the first of `languages` that has it (the chosen language, then the
 * fallback), with its placeholders filled. With a numeric `count`, the plural form of each
 * language is tried before the bare key. If no language has it: `defaultValue`, else the key.
 */
export function translate(
  languages: readonly { language: string; strings: Strings | undefined }[],
  key: string,
  options?: TOptions,
): string {
  const count = options?.count;
  let found: string | undefined;
  for (const { language, strings } of languages) {
    if (typeof count === 'number') found = lookup(strings, key + pluralSuffix(language, count));
    found ??= lookup(strings, key);
    if (found !== undefined) break;
  }
  return interpolate(found ?? options?.defaultValue ?? key, options);
}
