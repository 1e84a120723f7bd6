/**
 * Store data is untrusted: a plugin or an attacker can put `javascript:` or `data:` URLs in an
 * avatar or a download link. Only absolute http(s) URLs may become an `href` or `src`.
 */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
