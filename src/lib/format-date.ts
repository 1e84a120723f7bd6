// WooCommerce sends two kinds of date: `*_gmt` (UTC, without the "Z") from v2 on, and the site's
// local wall-clock time without any zone (all versions). Only the first is an instant.

import { dateTimeFormat } from './intl-cache';

/** A WooCommerce date as it is sent: `YYYY-MM-DDTHH:MM(:SS)`, no zone. */
export const NO_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

/** A UTC time from the store, shown in the viewer's time zone with the zone's name. */
export function formatUtcInstant(gmt: string, locale: string, timeZone?: string): string {
  const date = new Date(NO_ZONE.test(gmt) ? `${gmt}Z` : gmt);
  if (Number.isNaN(date.getTime())) return gmt;
  // dateStyle cannot be combined with timeZoneName, so the zone's name is formatted on its own.
  const when = dateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  });
  return `${when.format(date)} ${zoneName(date, locale, timeZone)}`.trim();
}

// The viewer's zone's name by language and UTC offset: a 100-row page asked Intl's formatToParts
// once per row (about 0.1 ms each, on every page flip), for the same two names (PST/PDT, CET/CEST).
const localZoneNames = new Map<string, string>();

function zoneName(date: Date, locale: string, timeZone?: string): string {
  const key = timeZone === undefined ? `${locale}|${date.getTimezoneOffset()}` : undefined;
  const known = key === undefined ? undefined : localZoneNames.get(key);
  if (known !== undefined) return known;
  const parts = dateTimeFormat(locale, { timeZoneName: 'short', timeZone }).formatToParts(date);
  const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
  if (key !== undefined) localZoneNames.set(key, name);
  return name;
}

/**
 * The store's own wall-clock time, shown exactly as the store has it (the store's zone is unknown
 * to us): formatted as if in UTC, so the viewer's zone cannot shift it.
 */
export function formatStoreWallClock(local: string, locale: string): string {
  if (!NO_ZONE.test(local)) return local;
  const date = new Date(`${local}Z`);
  if (Number.isNaN(date.getTime())) return local;
  return dateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(date);
}
