// Request parameters of the customers report turned into row conditions. Dates given without a
// zone are read in the site's time zone, as WooCommerce Admin compares them with its local columns.

import type { Condition } from '../analytics/report-query.ts';
import type { IndexRow } from '../analytics/customer-index.ts';
import { formatLocal, parseGmt } from '../dates.ts';
import { fold } from '../db.ts';
import { parseIdList, phpString } from '../php.ts';
import type { RestRequest } from '../rest-request.ts';
import type { JsonValue } from '../types.ts';

type Get = (key: string) => JsonValue | undefined;

/** A `date-time` parameter as a site-local `YYYY-MM-DDTHH:MM:SS`, comparable as text. */
function localDate(value: JsonValue, timezone: string): string {
  const text = phpString(value);
  if (/([zZ]|[+-]\d\d(:?\d\d)?)$/.test(text)) {
    const ms = parseGmt(text.replace(' ', 'T'));
    return ms === null ? text : formatLocal(ms, timezone);
  }
  return text.slice(0, 19).replace(/[t ]/, 'T');
}

function listOf(value: JsonValue | undefined): string[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value.map(phpString) : phpString(value).split(','))
    .map((item) => fold(item.trim()))
    .filter((item) => item !== '');
}

const LIST_FIELDS = ['name', 'username', 'email', 'country'] as const;
const SEARCH_FIELDS = { name: 'name', username: 'username', email: 'email' } as const;

function profileConditions(get: Get, timezone: string, dates: DateField[]): Condition[] {
  const out: Condition[] = [];
  for (const field of LIST_FIELDS) {
    // WooCommerce Admin compares country_ lists with the country, and the name_, username_ and
    // email_ lists with the index's customer id (its own filters send ids picked in a search
    // box), as MySQL compares `customer_id IN ('3','x')`: a string is read as its leading number.
    const key = (row: IndexRow) => (field === 'country' ? fold(row.country) : String(row.id));
    const norm =
      field === 'country' ? (s: string) => s : (s: string) => String(parseInt(s, 10) || 0);
    const includes = listOf(get(`${field}_includes`)).map(norm);
    const excludes = listOf(get(`${field}_excludes`)).map(norm);
    if (includes.length > 0) out.push((row) => includes.includes(key(row)));
    if (excludes.length > 0) out.push((row) => !excludes.includes(key(row)));
  }
  const search = phpString(get('search') ?? '');
  if (search !== '') {
    const by = SEARCH_FIELDS[phpString(get('searchby')) as keyof typeof SEARCH_FIELDS] ?? 'name';
    const term = fold(search);
    out.push((row) => fold(row[by]).includes(term));
  }
  for (const field of dates) {
    const condition = dateCondition(get, timezone, field);
    if (condition) out.push(condition);
  }
  return out;
}

interface DateField {
  param: string;
  value: (row: IndexRow) => number | null;
}

function dateCondition(get: Get, timezone: string, field: DateField): Condition | null {
  const before = get(`${field.param}_before`);
  const after = get(`${field.param}_after`);
  // WooCommerce Admin registers no `last_order_between`: a stray one is ignored.
  const between = field.param === 'last_order' ? undefined : get(`${field.param}_between`);
  const bounds: [string | null, string | null][] = [];
  if (before !== undefined || after !== undefined) {
    bounds.push([
      after === undefined ? null : localDate(after, timezone),
      before === undefined ? null : localDate(before, timezone),
    ]);
  }
  if (Array.isArray(between)) {
    const [from, to] = between.map((value) => localDate(value, timezone));
    bounds.push([from ?? null, to ?? null]);
  }
  if (bounds.length === 0) return null;
  return (row) => {
    const ms = field.value(row);
    if (ms === null) return false;
    const local = formatLocal(ms, timezone);
    return bounds.every(
      ([from, to]) => (from === null || local >= from) && (to === null || local <= to),
    );
  };
}

function rangeCondition(
  get: Get,
  param: string,
  value: (row: IndexRow) => number,
): Condition | null {
  const min = get(`${param}_min`);
  const max = get(`${param}_max`);
  const between = get(`${param}_between`);
  const bounds: [number, number][] = [];
  if (min !== undefined || max !== undefined) {
    bounds.push([
      min === undefined ? -Infinity : Number(min),
      max === undefined ? Infinity : Number(max),
    ]);
  }
  if (Array.isArray(between)) bounds.push([Number(between[0]), Number(between[1])]);
  if (bounds.length === 0) return null;
  return (row) => bounds.every(([low, high]) => value(row) >= low && value(row) <= high);
}

export interface ReportConditions {
  where: Condition[];
  having: Condition[];
  required: Condition[];
}

export function reportConditions(req: RestRequest, timezone: string): ReportConditions {
  const get: Get = (key) => req.get(key);
  const where = profileConditions(get, timezone, [
    { param: 'registered', value: (row) => row.registered },
    { param: 'last_active', value: (row) => row.lastActive },
  ]);
  const having = [
    rangeCondition(get, 'orders_count', (row) => row.ordersCount),
    rangeCondition(get, 'total_spend', (row) => row.totalSpend),
    rangeCondition(get, 'avg_order_value', (row) => row.avgOrderValue),
    dateCondition(get, timezone, { param: 'last_order', value: (row) => row.lastOrder }),
  ].filter((condition): condition is Condition => condition !== null);
  const required: Condition[] = [];
  const customers = parseIdList(get('customers') ?? []);
  if (customers.length > 0) required.push((row) => customers.includes(row.id));
  const users = parseIdList(get('users') ?? []);
  if (users.length > 0) required.push((row) => row.userId !== null && users.includes(row.userId));
  return { where, having, required };
}
