// The demo store's clock. WooCommerce answers with site-local dates (`date_created`) and GMT
// ones (`date_created_gmt`), both as `YYYY-MM-DDTHH:MM:SS` without a zone. The site runs on
// Asia/Shanghai: +8 hours all year (no DST), so GMT is always site time minus a fixed offset
// and no time-zone database is needed.

export const SITE_TIMEZONE = 'Asia/Shanghai';
export const SITE_GMT_OFFSET_MINUTES = 480;

const OFFSET_MS = SITE_GMT_OFFSET_MINUTES * 60_000;
const LOCAL_ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/;

/** Site-local `YYYY-MM-DDTHH:MM:SS` → epoch ms (UTC). Throws on anything else. */
export function siteLocalToEpoch(localIso: string): number {
  const parts = LOCAL_ISO.exec(localIso);
  if (!parts) throw new RangeError(`not a WooCommerce date: ${localIso}`);
  const [, year, month, day, hour, minute, second] = parts.map(Number);
  const asIfUtc = Date.UTC(
    year ?? 0,
    (month ?? 1) - 1,
    day ?? 1,
    hour ?? 0,
    minute ?? 0,
    second ?? 0,
  );
  return asIfUtc - OFFSET_MS;
}

/** Epoch ms → GMT `YYYY-MM-DDTHH:MM:SS` (milliseconds dropped, as WordPress stores seconds). */
export function epochToGmt(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 19);
}

/** Epoch ms → site-local `YYYY-MM-DDTHH:MM:SS`. */
export function epochToSiteLocal(epochMs: number): string {
  return epochToGmt(epochMs + OFFSET_MS);
}

/** Site-local `YYYY-MM-DDTHH:MM:SS` → the same moment in GMT, same format. */
export function toGmt(localIso: string): string {
  return epochToGmt(siteLocalToEpoch(localIso));
}
