/**
 * Embed mode: by config (`embed.enabled`) or by the `embed` flag in the page's query string,
 * before the hash (`index.html?embed=1#/customers`), where no app route can overwrite it.
 */
export function isEmbedMode(enabledByConfig: boolean, search: string): boolean {
  if (enabledByConfig) return true;
  const flag = new URLSearchParams(search).get('embed');
  return flag !== null && flag !== '0' && flag !== 'false';
}

function originOf(url: string): string | null {
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * The host page's origin, if it is on the allowlist: we must name it as the target of every
 * message (never `*`). Chromium and Safari tell us through `ancestorOrigins`; elsewhere the
 * referrer does (the default referrer policy keeps the origin); a single allowed origin is the
 * last resort. A wrong guess costs nothing: the browser drops a message for another origin.
 */
export function findHostOrigin(
  allowed: readonly string[],
  frame: { ancestorOrigins?: ArrayLike<string>; referrer: string },
): string | null {
  const ancestor = frame.ancestorOrigins?.[0];
  const candidate =
    ancestor ?? originOf(frame.referrer) ?? (allowed.length === 1 ? allowed[0] : null);
  return candidate && allowed.includes(candidate) ? candidate : null;
}
