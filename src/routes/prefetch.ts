// Prefetch on intent: the app registers each screen's loader under its route pattern; pointing at
// or focusing a link to that route starts the load, so the click that follows finds the code there.

type Loader = () => Promise<unknown>;

const screens: { pattern: RegExp; load: Loader }[] = [];

/** `/customers/:id` → a pattern that matches one path segment for each parameter. */
function toPattern(path: string): RegExp {
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[a-z]+/gi, '[^/]+');
  return new RegExp(`^${escaped}/?$`);
}

export function registerScreen(path: string, load: Loader): void {
  screens.push({ pattern: toPattern(path), load });
}

/**
 * Starts loading the screen for a route path (`/customers/42`). The first registered match wins,
 * so static routes registered before a pattern (`/customers/new` before `/customers/:id`) keep
 * the pattern's screen from loading for nothing.
 */
export function prefetchScreen(pathname: string): void {
  const screen = screens.find(({ pattern }) => pattern.test(pathname));
  // A failed prefetch is not an error: the navigation itself loads again and reports it.
  if (screen) void screen.load().catch(() => undefined);
}

/** The route path of a link's `href` in this hash-routed app (`#/customers/42?x=1` → `/customers/42`). */
export function routeOfHref(href: string): string | undefined {
  const hash = href.indexOf('#/');
  if (hash === -1) return undefined;
  return href.slice(hash + 1).split(/[?#]/)[0];
}

/**
 * One listener for the whole document instead of one per link: rows of the grid stay cheap, and
 * every link to a screen, wherever it is drawn, prefetches that screen on hover or keyboard focus.
 */
export function prefetchOnIntent(root: Document = document): () => void {
  const onIntent = (event: Event) => {
    const link = (event.target as Element | null)?.closest?.('a[href]');
    const route = link && routeOfHref(link.getAttribute('href') ?? '');
    if (route) prefetchScreen(route);
  };
  root.addEventListener('pointerover', onIntent, { passive: true });
  root.addEventListener('focusin', onIntent);
  return () => {
    root.removeEventListener('pointerover', onIntent);
    root.removeEventListener('focusin', onIntent);
  };
}
