import type { StoreAnswer, StoreTarget } from './store-target.ts';

// Turns an answer into what must be equal on both stores, then lists where two such forms differ.
// Values that cannot match between two stores (ids, dates, hashes, addresses with a host and port)
// become a description of their type and format, so only that is compared.

/** Keys whose values differ between stores by nature; compared by type and format only. */
const VOLATILE_KEYS = new Set([
  'id',
  'user_id',
  'customer_id',
  'order_id',
  'product_id',
  'download_id',
  'download_url',
  'order_key',
  'date_created',
  'date_created_gmt',
  'date_modified',
  'date_modified_gmt',
  'date_registered',
  'date_registered_gmt',
  'date_last_active',
  'date_last_active_gmt',
  'date_last_order',
  'access_expires',
  'access_expires_gmt',
  'gmt_offset',
]);

/** Response headers the app reads. */
const HEADERS = [
  'x-wp-total',
  'x-wp-totalpages',
  'link',
  'location',
  'access-control-allow-origin',
  'access-control-allow-methods',
  'access-control-allow-headers',
  'access-control-allow-credentials',
  'access-control-expose-headers',
  'content-type',
];

export interface Normalized {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

function formatOf(value: unknown): string {
  if (value === null) return '<null>';
  if (typeof value === 'number') return Number.isInteger(value) ? '<integer>' : '<number>';
  if (typeof value !== 'string') return `<${typeof value}>`;
  if (/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/.test(value)) return '<date>';
  if (/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(value)) return '<sql-date>';
  if (/^\d+$/.test(value)) return '<digits>';
  if (/^https?:\/\//.test(value)) return '<url>';
  if (/^wc_order_/.test(value)) return '<order-key>';
  return value === ''
    ? '<empty>'
    : value.length === 32 && /^[0-9a-f]+$/.test(value)
      ? '<md5>'
      : '<string>';
}

function replaceBases(text: string, target: StoreTarget): string {
  let out = text;
  for (const [base, name] of [
    [target.httpsUrl, '<https-store>'],
    [target.httpUrl, '<http-store>'],
  ] as const) {
    out = out.split(base).join(name);
    out = out.split(base.replace(/\//g, '\\/')).join(name);
  }
  return out;
}

function normalizeValue(value: unknown, target: StoreTarget, key?: string): unknown {
  if (key !== undefined && VOLATILE_KEYS.has(key)) {
    // Nested last_order {id, date}: keep the shape, not the values.
    if (value !== null && typeof value === 'object') return normalizeValue(value, target);
    return formatOf(value);
  }
  if (typeof value === 'string') {
    const replaced = replaceBases(value, target);
    return key === 'href' ? replaced.replace(/\d+/g, 'N') : replaced;
  }
  if (Array.isArray(value)) return value.map((item) => normalizeValue(item, target));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = normalizeValue(v, target, k);
    return out;
  }
  return value;
}

/** `Link`: the rel names and each URL's query without oauth parameters, with the host replaced. */
function normalizeLink(link: string, target: StoreTarget): string {
  return link
    .split(/,\s*(?=<)/)
    .map((part) => {
      const match = /^<([^>]*)>;\s*rel="([^"]*)"/.exec(part.trim());
      if (!match) return part;
      const url = new URL(match[1] ?? '');
      for (const name of [...url.searchParams.keys()])
        if (name.startsWith('oauth_') || name.startsWith('consumer_'))
          url.searchParams.delete(name);
      url.searchParams.sort();
      const where = replaceBases(`${url.origin}${url.pathname}`, target);
      return `<${where}?${url.searchParams}>; rel="${match[2]}"`;
    })
    .sort()
    .join(', ');
}

function normalizeHeader(name: string, value: string, target: StoreTarget): string {
  if (name === 'link') return normalizeLink(value, target);
  if (name === 'location') return replaceBases(value, target).replace(/\d+/g, 'N');
  if (name === 'content-type') return (value.split(';')[0] ?? '').trim().toLowerCase();
  if (name.startsWith('access-control-allow-') || name === 'access-control-expose-headers')
    return value
      .split(',')
      .map((part) => part.trim())
      .join(', ');
  return value;
}

export function normalizeAnswer(
  answer: StoreAnswer,
  target: StoreTarget,
  project?: (body: unknown) => unknown,
): Normalized {
  const headers: Record<string, string> = {};
  for (const name of HEADERS) {
    const value = answer.headers.get(name);
    if (value !== null) headers[name] = normalizeHeader(name, value, target);
  }
  const raw =
    answer.json === undefined ? (answer.text === '' ? '<empty>' : '<not json>') : answer.json;
  const body = normalizeValue(project && answer.json !== undefined ? project(raw) : raw, target);
  return { status: answer.status, headers, body };
}

function describe(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? 'absent' : text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

function diffValues(a: unknown, b: unknown, path: string, out: string[]): void {
  if (out.length >= 12) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push(`${path}: ${a.length} items ≠ ${b.length} items`);
    for (let i = 0; i < Math.min(a.length, b.length); i += 1)
      diffValues(a[i], b[i], `${path}[${i}]`, out);
    return;
  }
  const isObject = (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (isObject(a) && isObject(b)) {
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(ra), ...Object.keys(rb)])];
    for (const key of keys) diffValues(ra[key], rb[key], `${path}.${key}`, out);
    // Key order is part of the JSON a client sees (and what a diff of two dumps shows).
    const order = (r: Record<string, unknown>) => Object.keys(r).join(',');
    if (out.length === 0 && order(ra) !== order(rb) && keys.length === Object.keys(ra).length)
      out.push(`${path}: key order ${order(ra)} ≠ ${order(rb)}`);
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) out.push(`${path}: ${describe(a)} ≠ ${describe(b)}`);
}

/** Differences as `where: real ≠ demo` lines; empty when the answers agree. */
export function diffAnswers(real: Normalized, demo: Normalized): string[] {
  const out: string[] = [];
  if (real.status !== demo.status) out.push(`status: ${real.status} ≠ ${demo.status}`);
  diffValues(real.headers, demo.headers, 'headers', out);
  diffValues(real.body, demo.body, 'body', out);
  return out;
}
