// Prefetch on intent: the app registers each screen's loader under its route pattern; pointing at
// or focusing a link to that route starts the load, so the click that follows finds the code there.
// The navigation itself waits for the same load (`screenReady`) before it shows the new location.

/** Starts (or joins) the screen's load; undefined when its code is here already. */
type Loader = () => Promise<unknown> | undefined;

const screens: { pattern: RegExp; load: Loader }[] = [];

/** `/customers/:id` → a pattern that matches one path segment for each parameter. */
function toPattern(path: string): RegExp {
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[a-z]+/gi, '[^/]+');
  // Case-insensitive and with an optional trailing slash, as the router matches.
  return new RegExp(`^${escaped}/?$`, 'i');
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
  // A failed prefetch is not an error: the navigation itself loads again and reports it.
  void screenReady(pathname);
}

const ignore = () => undefined;

/**
 * The load of the screen for a route path, settled either way (a failure is the screen's to
 * show), or undefined when there is nothing to wait for: its code is here, or no screen matches.
 */
export function screenReady(pathname: string): Promise<void> | undefined {
  const screen = screens.find(({ pattern }) => pattern.test(pathname));
  return screen?.load()?.then(ignore, ignore);
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
