// Injected failures, per route, so client tests can see how the app copes with what real stores
// and the networks in front of them do: 5xx envelopes, HTML error pages, truncated JSON, PHP
// notices before the JSON, slow answers, dropped connections and missing CORS headers.

import { isJsonObject, type JsonObject, type JsonValue } from './types.ts';

export type FaultType =
  'status' | 'html' | 'invalid-json' | 'php-notice' | 'delay' | 'drop' | 'no-cors';

export interface FaultSpec {
  type: FaultType;
  status?: number;
  body?: JsonValue;
  headers?: Record<string, string>;
  ms?: number;
  /** false removes the CORS headers from a status/html fault (as a proxy's error page would). */
  cors?: boolean;
  /** 'after' lets the store handle the request first (the write happens), then fails the reply. */
  when?: 'before' | 'after';
}

export interface FaultMatch {
  method?: string;
  /** Exact path or a path prefix at a `/` boundary. */
  path?: string;
  /** A regular expression tested against the path. */
  pathPattern?: string;
  /** Query parameters that must be present with these values. */
  query?: Record<string, string>;
}

export interface FaultRule {
  id: string;
  match: FaultMatch;
  fault: FaultSpec;
  /** Remaining uses; null for unlimited. */
  times: number | null;
  hits: number;
}

const TYPES: readonly FaultType[] = [
  'status',
  'html',
  'invalid-json',
  'php-notice',
  'delay',
  'drop',
  'no-cors',
];

function stringRecord(value: JsonValue | undefined, what: string): Record<string, string> {
  if (value === undefined) return {};
  if (!isJsonObject(value)) throw new Error(`${what} must be an object of strings`);
  const out: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item !== 'string') throw new Error(`${what}.${key} must be a string`);
    out[key] = item;
  }
  return out;
}

function parseMatch(value: JsonValue | undefined): FaultMatch {
  if (!isJsonObject(value)) throw new Error('"match" must be an object');
  const match: FaultMatch = {};
  if (typeof value.method === 'string') match.method = value.method.toUpperCase();
  if (typeof value.path === 'string') match.path = value.path;
  if (typeof value.pathPattern === 'string') {
    new RegExp(value.pathPattern);
    match.pathPattern = value.pathPattern;
  }
  if (value.query !== undefined) match.query = stringRecord(value.query, 'match.query');
  if (!match.path && !match.pathPattern) throw new Error('"match" needs "path" or "pathPattern"');
  return match;
}

function parseFault(value: JsonValue | undefined): FaultSpec {
  if (
    !isJsonObject(value) ||
    typeof value.type !== 'string' ||
    !TYPES.includes(value.type as FaultType)
  ) {
    throw new Error(`"fault.type" must be one of ${TYPES.join(', ')}`);
  }
  const fault: FaultSpec = { type: value.type as FaultType };
  if (value.status !== undefined) {
    if (typeof value.status !== 'number' || value.status < 200 || value.status > 599)
      throw new Error('"fault.status" must be 200-599');
    fault.status = value.status;
  }
  if (value.body !== undefined) fault.body = value.body;
  if (value.headers !== undefined) fault.headers = stringRecord(value.headers, 'fault.headers');
  if (fault.type === 'delay') {
    if (typeof value.ms !== 'number' || value.ms < 0)
      throw new Error('"fault.ms" must be a number of milliseconds');
    fault.ms = value.ms;
  }
  if (typeof value.cors === 'boolean') fault.cors = value.cors;
  if (value.when === 'after' || value.when === 'before') fault.when = value.when;
  return fault;
}

export class FaultStore {
  private rules: FaultRule[] = [];
  private nextId = 1;

  /** Adds a rule from its JSON form; throws with a readable message when it is malformed. */
  add(input: JsonValue): FaultRule {
    if (!isJsonObject(input))
      throw new Error('body must be a JSON object with "match" and "fault"');
    const times = input.times;
    if (times !== undefined && times !== null && (typeof times !== 'number' || times < 1)) {
      throw new Error('"times" must be a positive number');
    }
    const rule: FaultRule = {
      id: `fault-${this.nextId++}`,
      match: parseMatch(input.match),
      fault: parseFault(input.fault),
      times: typeof times === 'number' ? Math.floor(times) : null,
      hits: 0,
    };
    this.rules.push(rule);
    return rule;
  }

  remove(id: string): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((rule) => rule.id !== id);
    return this.rules.length !== before;
  }

  clear(): void {
    this.rules = [];
  }

  list(): FaultRule[] {
    return this.rules.map((rule) => ({ ...rule }));
  }

  /** The first rule matching the request, counted as used. */
  take(method: string, path: string, query: URLSearchParams): FaultRule | null {
    const rule = this.rules.find((candidate) => matches(candidate.match, method, path, query));
    if (!rule) return null;
    rule.hits++;
    if (rule.times !== null && --rule.times <= 0) this.remove(rule.id);
    return { ...rule };
  }
}

function matches(match: FaultMatch, method: string, path: string, query: URLSearchParams): boolean {
  if (match.method && match.method !== method) return false;
  if (match.path !== undefined) {
    const prefix = match.path.endsWith('/') ? match.path : `${match.path}/`;
    if (path !== match.path && !path.startsWith(prefix)) return false;
  }
  if (match.pathPattern !== undefined && !new RegExp(match.pathPattern).test(path)) return false;
  return Object.entries(match.query ?? {}).every(([key, value]) => query.get(key) === value);
}

export function faultRuleJson(rule: FaultRule): JsonObject {
  return {
    id: rule.id,
    match: { ...rule.match },
    fault: { ...rule.fault } as JsonObject,
    times: rule.times,
    hits: rule.hits,
  };
}
