// WooCommerce dates: `YYYY-MM-DDTHH:MM:SS` without offset, either in the site's time zone or
// in GMT (the `_gmt` fields, and every date of the v1 API).

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

export function formatGmt(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}

export function formatLocal(ms: number, timeZone: string): string {
  if (timeZone === 'UTC') return formatGmt(ms);
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(ms))) {
    parts[part.type] = part.value;
  }
  const { year, month, day, hour, minute, second } = parts;
  return `${year}-${month}-${day}T${hour}:${minute}:${second}`;
}

/**
 * The instant whose wall clock in `timeZone` reads what `ms` reads in GMT: a GMT time read as if
 * it were the site's local time. WooCommerce 7.9's v1 customers print `date_created` this way
 * (serialize.ts).
 */
export function gmtReadAsLocal(ms: number, timeZone: string): number {
  let guess = ms - gmtOffsetHours(ms, timeZone) * 3_600_000;
  // Near a daylight-saving change the offset at the answer may differ from the first guess's.
  guess = ms - gmtOffsetHours(guess, timeZone) * 3_600_000;
  return guess;
}

/** Offset of the zone from UTC at `ms`, in hours (WordPress's `gmt_offset`). */
export function gmtOffsetHours(ms: number, timeZone: string): number {
  const local = Date.parse(`${formatLocal(ms, timeZone)}Z`);
  const utc = Date.parse(`${formatGmt(ms)}Z`);
  return Math.round(((local - utc) / 3_600_000) * 100) / 100;
}

/** Parses `YYYY-MM-DDTHH:MM:SS` (optionally with Z or an offset; bare means GMT) to epoch ms. */
export function parseGmt(value: string): number | null {
  const withZone = /([zZ]|[+-]\d\d:?\d\d)$/.test(value) ? value : `${value}Z`;
  const ms = Date.parse(withZone);
  return Number.isNaN(ms) ? null : ms;
}
