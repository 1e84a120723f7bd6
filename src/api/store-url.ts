/**
 * The site root as a URL ending in `/`, without credentials, query or fragment, so that
 * `new URL('wp-json/…', base)` keeps a sub-directory install's path.
 */
export function normalizeStoreUrl(storeUrl: string): URL {
  const url = new URL(storeUrl.trim());
  // Credentials in the userinfo would be sent by the browser as Basic auth and could be logged.
  url.username = '';
  url.password = '';
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/** `scheme://host[:port]/path` of the store, for messages; never holds keys. */
export function displayStoreUrl(storeUrl: string): string {
  try {
    const url = normalizeStoreUrl(storeUrl);
    return url.href.replace(/\/$/, '');
  } catch {
    return 'the store';
  }
}

export function isHttps(storeUrl: string): boolean {
  try {
    return new URL(storeUrl.trim()).protocol === 'https:';
  } catch {
    return false;
  }
}

/** http(s) URLs only; URL.canParse is too recent for some supported browsers. */
export function isValidStoreUrl(storeUrl: string): boolean {
  try {
    const { protocol } = new URL(storeUrl.trim());
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
