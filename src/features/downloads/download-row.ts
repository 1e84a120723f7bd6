import type { ApiVersion } from '../../api/client';
import type { Download } from '../../api/schemas/download';
import { revealBidiControls } from '../../lib/bidi';
import { formatStoreWallClock, formatUtcInstant, NO_ZONE } from '../../lib/format-date';
import { safeHttpUrl } from '../../lib/safe-url';

export type Expiry =
  | { kind: 'never' }
  | { kind: 'date'; text: string; siteTime: boolean; expired: boolean | undefined };

export interface DownloadRow {
  key: string;
  productId: number;
  /** v2+ only; v1 names the product by id alone. */
  productName: string | undefined;
  fileName: string;
  /** The stored file's own name (`file.name`) when it says more than `fileName`. */
  storedName: string | undefined;
  orderId: number;
  orderKey: string;
  /** A count, or undefined for "unlimited". */
  remaining: number | undefined;
  expires: Expiry;
  /** The download URL when it is http(s), the only kind ever rendered as a link. */
  href: string | undefined;
  url: string;
}

function instant(gmt: string): Date | undefined {
  const date = new Date(NO_ZONE.test(gmt) ? `${gmt}Z` : gmt);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * When access ends. v2+ gives the store's date and its `_gmt` twin; v1 gives one date, in UTC
 * (its controller's rule for every date). An instant is shown in the viewer's zone; a bare store
 * date, should a store send no GMT, is shown as the store's own time.
 */
export function downloadExpiry(
  download: Download,
  version: ApiVersion,
  locale: string,
  now: Date,
): Expiry {
  const local = download.access_expires;
  if (local === 'never' || local === '') return { kind: 'never' };
  const gmt = version === 'v1' ? local : download.access_expires_gmt;
  const when = gmt && gmt !== 'never' ? instant(gmt) : undefined;
  if (gmt && when) {
    return {
      kind: 'date',
      text: formatUtcInstant(gmt, locale),
      siteTime: false,
      expired: when < now,
    };
  }
  return {
    kind: 'date',
    text: formatStoreWallClock(local, locale),
    siteTime: true,
    expired: undefined,
  };
}

export function toDownloadRow(
  download: Download,
  version: ApiVersion,
  locale: string,
  now: Date,
): DownloadRow {
  const remaining = Number(download.downloads_remaining);
  return {
    key: `${download.order_id}:${download.download_id}`,
    productId: download.product_id,
    productName: download.product_name ? revealBidiControls(download.product_name) : undefined,
    // `download_name` is the label the shop gave the file; `file.name` is what was uploaded.
    fileName: revealBidiControls(download.download_name || download.file.name),
    storedName:
      download.file.name && download.file.name !== download.download_name
        ? revealBidiControls(download.file.name)
        : undefined,
    orderId: download.order_id,
    orderKey: download.order_key,
    remaining:
      download.downloads_remaining === '' || !Number.isFinite(remaining) ? undefined : remaining,
    expires: downloadExpiry(download, version, locale, now),
    href: safeHttpUrl(download.download_url),
    url: download.download_url,
  };
}
