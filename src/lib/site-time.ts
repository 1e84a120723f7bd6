import type { SiteTimeZone } from '../api/endpoints/store';
import { NO_ZONE } from './format-date';
import { dateTimeFormat } from './intl-cache';

/** `ms` as the wall clock of `zone`, `YYYY-MM-DDTHH:MM:SS`; undefined for a zone Intl lacks. */
function wallClock(ms: number, zone: string): string | undefined {
  let format: Intl.DateTimeFormat;
  try {
    format = dateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
  } catch {
    return undefined;
  }
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const { type, value } of format.formatToParts(ms)) part[type] = value;
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}:${part.second}`;
}

/**
 * The GMT time a customer registered, from v1's `date_created`. WooCommerce (7.9 and before)
 * reads the GMT registration time as if it were site time and prints that instant in GMT, so v1's
 * value is early by the site's offset: 18:17 for 19:17 GMT in Berlin in winter. The site's wall
 * clock at the printed instant is the true GMT time. Without the site's zone, or without a date,
 * the value as sent.
 */
export function v1CreatedToGmt<T extends string | null | undefined>(
  value: T,
  zone: SiteTimeZone | undefined,
): T | string {
  const ms = value && NO_ZONE.test(value) ? Date.parse(`${value}Z`) : Number.NaN;
  if (Number.isNaN(ms) || !zone) return value;
  const named = zone.name ? wallClock(ms, zone.name) : undefined;
  if (named) return named;
  if (zone.offsetHours === undefined) return value;
  return new Date(ms + zone.offsetHours * 3_600_000).toISOString().slice(0, 19);
}
