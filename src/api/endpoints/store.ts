import * as z from 'zod/mini';
import type { ApiClient, ApiVersion } from '../client';
import { DEFAULT_TIMEOUT_MS } from '../client';
import { ApiError, isApiError } from '../errors';
import { sendHttp } from '../http';
import { CountriesSchema, type Country } from '../schemas/countries';
import { WpIndexSchema, type WpIndex } from '../schemas/wp-index';
import { displayStoreUrl, isValidStoreUrl, normalizeStoreUrl } from '../store-url';

export interface StoreInfo {
  name: string;
  /** The site's home URL as WordPress reports it (where /wp-json lives). */
  url: string;
  /**
   * WordPress's own address (`siteurl`, the index's `url`): where `wp-admin/` is. It differs from
   * the home URL when WordPress sits in a sub-directory of the site.
   */
  siteUrl?: string;
  namespaces: string[];
  /** WooCommerce REST versions served, newest first. */
  versions: ApiVersion[];
  /** WooCommerce Admin's analytics (the customers index that searches names). */
  hasAnalytics: boolean;
  /** The site's time zone, when the index says it (v1 prints one date by it: lib/site-time.ts). */
  timeZone?: SiteTimeZone;
}

/** A WordPress site's time zone: an IANA name, or for a site set to a fixed offset, that offset. */
export interface SiteTimeZone {
  name?: string;
  offsetHours?: number;
}

function siteTimeZone(index: WpIndex): SiteTimeZone | undefined {
  const offset = Number(index.gmt_offset);
  const zone: SiteTimeZone = {
    ...(index.timezone_string ? { name: index.timezone_string } : {}),
    ...(index.gmt_offset !== undefined && Number.isFinite(offset) ? { offsetHours: offset } : {}),
  };
  return zone.name === undefined && zone.offsetHours === undefined ? undefined : zone;
}

export interface DiscoverOptions {
  signal?: AbortSignal;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

const VERSIONS_NEWEST_FIRST: ApiVersion[] = ['v3', 'v2', 'v1'];

function notWordPress(storeUrl: string, cause?: unknown): ApiError {
  return new ApiError({
    kind: 'bad_response',
    code: 'customer_desk_not_wordpress',
    message: `${displayStoreUrl(storeUrl)} does not look like a WordPress site with its REST API at /wp-json/.`,
    cause,
  });
}

async function fetchIndex(storeUrl: string, options: DiscoverOptions): Promise<WpIndex> {
  const url = new URL('wp-json/', normalizeStoreUrl(storeUrl));
  // The full index lists every route (hundreds of KB); WordPress trims it with _fields.
  url.searchParams.set(
    '_fields',
    'name,description,url,home,namespaces,timezone_string,gmt_offset',
  );
  try {
    const response = await sendHttp({
      url,
      method: 'GET',
      headers: { Accept: 'application/json' },
      signal: options.signal,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
      schema: WpIndexSchema,
      secrets: [],
      origin: displayStoreUrl(storeUrl),
    });
    return response.data;
  } catch (error) {
    // HTML, JSON of another kind, or a 404 page without a WordPress error code: not a WP site.
    const notWp =
      isApiError(error) &&
      (error.kind === 'bad_response' || (error.kind === 'not_found' && error.code === undefined));
    throw notWp ? notWordPress(storeUrl, error) : error;
  }
}

/**
 * Unauthenticated `GET <store>/wp-json/`: no Authorization header, so no CORS preflight, and no
 * keys are sent before we know the address is the right site.
 */
export async function discoverStore(
  storeUrl: string,
  options: DiscoverOptions = {},
): Promise<StoreInfo> {
  if (!isValidStoreUrl(storeUrl)) throw notWordPress(storeUrl);
  const index = await fetchIndex(storeUrl, options);
  const { namespaces } = index;
  const timeZone = siteTimeZone(index);
  return {
    name: index.name,
    url: index.home ?? index.url,
    siteUrl: index.url,
    namespaces,
    versions: VERSIONS_NEWEST_FIRST.filter((v) => namespaces.includes(`wc/${v}`)),
    hasAnalytics: namespaces.includes('wc-analytics'),
    ...(timeZone ? { timeZone } : {}),
  };
}

export type WriteAccess = 'read_write' | 'read_only';

// English messages of the store's other 401s; a translated store falls through to read-only,
// which is the likely meaning once reads with the same key have worked.
const NOT_ABOUT_WRITING = /signature|nonce|timestamp|secret|consumer key/i;

/**
 * An empty batch writes nothing: a read-write key gets 200 `[]`, a read-only key 401
 * "The API key provided does not have write permissions." Call it after a read has succeeded.
 */
export async function checkWriteAccess(
  client: ApiClient,
  { signal }: { signal?: AbortSignal } = {},
): Promise<WriteAccess> {
  try {
    await client.request({
      method: 'POST',
      path: 'customers/batch',
      body: {},
      signal,
      schema: z.unknown(),
    });
    return 'read_write';
  } catch (error) {
    if (!isApiError(error)) throw error;
    if (error.kind === 'forbidden') return 'read_only';
    const writeRefused =
      error.kind === 'auth' &&
      error.code === 'woocommerce_rest_authentication_error' &&
      (/write/i.test(error.message) || !NOT_ABOUT_WRITING.test(error.message));
    if (writeRefused) return 'read_only';
    throw error;
  }
}

/** Always `/wc/v3/data/countries`: the data endpoints exist only from v3 on. */
export async function getCountries(
  client: ApiClient,
  { signal }: { signal?: AbortSignal } = {},
): Promise<Country[]> {
  return (await client.request({ path: '/wc/v3/data/countries', signal, schema: CountriesSchema }))
    .data;
}
