import { useSyncExternalStore } from 'react';

// The app's location, kept in the URL's fragment with the query INSIDE it:
// `index.html#/customers?page=2`. wouter's own hash hook puts the query before the `#`, which
// would change every link people have saved, so this module owns the location and hands wouter
// a `hook` for matching. Each history entry carries `{ usr, idx }` in `history.state` (the shape
// react-router used, so entries made before the switch keep working): `usr` is the navigation's
// state (the grid's URL for the detail page's way back), `idx` the entry's place in the history,
// which tells how far Back or Forward went so a blocked step can be undone.

export interface AppLocation {
  /** `/customers/130`, as in the URL. */
  readonly pathname: string;
  /** `?page=2`, or '' when there is none. */
  readonly search: string;
  /** What the navigation that made this entry carried (`navigate(to, { state })`), else null. */
  readonly state: unknown;
}

export interface NavigateOptions {
  /** Replace the current history entry instead of adding one. */
  replace?: boolean;
  state?: unknown;
}

export type NavigateFn = (to: string, options?: NavigateOptions) => Promise<void>;

export interface Transition {
  currentLocation: AppLocation;
  nextLocation: AppLocation;
}

/** A navigation held back by a blocker: go on with it, or stay. */
export interface HeldNavigation {
  proceed(): void;
  reset(): void;
}

export interface LocationSourceOptions {
  /**
   * Runs before a new location is shown: a promise makes the current screen stay until it
   * settles (the next screen's code arriving), undefined shows the new location at once.
   */
  prepare?: (next: AppLocation) => Promise<unknown> | undefined;
}

export interface LocationSource {
  /** The location on show (a new object only when it changes). */
  location(): AppLocation;
  /**
   * Where the latest navigation goes: the location on show, or the next one while its screen's
   * code is on its way (see `prepare`).
   */
  heading(): AppLocation;
  subscribe(listener: () => void): () => void;
  navigate: NavigateFn;
  /** Back (-1) or Forward (1) through the history, as the browser's buttons do. */
  go(delta: number): void;
  /** `when` is asked before every navigation; true holds it back and calls `onBlocked`. */
  block(
    when: (transition: Transition) => boolean,
    onBlocked: (held: HeldNavigation) => void,
  ): () => void;
  /** The `href` of a link to an in-app path. */
  href(to: string): string;
  /** For wouter's `<Router hook>`: the pathname and a navigate function. */
  hook: () => [string, NavigateFn];
  /** For wouter's `<Router searchHook>`: the query without its `?`. */
  searchHook: () => string;
}

interface Entry {
  path: string;
  state: unknown;
  /** Null for an entry this module did not make (a hash typed into the address bar). */
  idx: number | null;
}

/** The history underneath: the browser's, or an array in tests. */
interface HistoryAdapter {
  read(): Entry;
  write(entry: Entry & { idx: number }, replace: boolean): void;
  go(delta: number): void;
  /** Calls `onPop` when the history moved by itself (Back, Forward, a typed or followed hash). */
  listen(onPop: () => void): () => void;
  /** Runs `task` once the page has painted (the browser's), or at once (an array's). */
  afterPaint(task: () => void): void;
  href(path: string): string;
}

export function parsePath(path: string, state: unknown = null): AppLocation {
  const query = path.indexOf('?');
  const pathname = query === -1 ? path : path.slice(0, query);
  const search = query === -1 ? '' : path.slice(query);
  return {
    pathname: pathname.startsWith('/') ? pathname : `/${pathname}`,
    search: search === '?' ? '' : search,
    state: state ?? null,
  };
}

const noop = () => undefined;

function createLocationSource(
  adapter: HistoryAdapter,
  { prepare }: LocationSourceOptions = {},
): LocationSource {
  // `seen` is the entry the history is at; `shown` the location on screen. They differ while the
  // next screen's code is on its way after Back or Forward.
  let seen = adapter.read();
  // The entry the page opened on is not one of ours: it gets its idx (so that Back to it is told
  // from a typed hash) once the first screen has painted, or before a step away from it if that
  // comes first. Written here, during the first render, the replaceState was 5-12 ms of a cold
  // tab's main thread before the first rows showed.
  let untagged = seen.idx === null;
  if (untagged) seen = { ...seen, idx: 0 };
  function tagFirstEntry() {
    if (!untagged) return;
    untagged = false;
    const now = adapter.read();
    // Left already (a hash typed in the first moment): that entry stays as the browser made it.
    if (now.idx === null && now.path === seen.path) adapter.write({ ...seen, idx: 0 }, true);
  }
  let shown = parsePath(seen.path, seen.state);
  let heading = shown;
  const listeners = new Set<() => void>();
  const blockers = new Set<{
    when: (transition: Transition) => boolean;
    onBlocked: (held: HeldNavigation) => void;
  }>();
  let latest = 0;
  /** The idx a pop of ours lands on (undoing a blocked Back), not a navigation. */
  let undoing: number | null = null;
  /** The next pop is a blocked one going on: the blockers were asked already. */
  let proceeding = false;
  let stopListening: () => void = noop;

  const idxOf = (entry: Entry) => entry.idx ?? 0;

  async function show(next: Entry, write?: () => void) {
    const mine = ++latest;
    const target = parsePath(next.path, next.state);
    heading = target;
    const waiting = prepare?.(target);
    if (waiting) {
      await waiting.then(noop, noop);
      // A later navigation won: this one is dropped.
      if (mine !== latest) return;
    }
    write?.();
    shown = target;
    for (const listener of [...listeners]) listener();
  }

  function blockedBy(next: AppLocation, held: HeldNavigation): boolean {
    for (const blocker of blockers) {
      if (blocker.when({ currentLocation: shown, nextLocation: next })) {
        blocker.onBlocked(held);
        return true;
      }
    }
    return false;
  }

  function push(path: string, state: unknown, replace: boolean, asked: boolean): Promise<void> {
    const next = { path, state: state ?? null, idx: null };
    if (!asked) {
      const held = { proceed: () => void push(path, state, replace, true), reset: noop };
      if (blockedBy(parsePath(path, state), held)) return Promise.resolve();
    }
    return show(next, () => {
      tagFirstEntry();
      // The place in the history is taken when the entry is written, after any wait.
      const entry = { ...next, idx: replace ? idxOf(seen) : idxOf(seen) + 1 };
      adapter.write(entry, replace);
      seen = entry;
    });
  }

  function onPop() {
    let entry = adapter.read();
    // Still on the page's first entry, not marked yet: nothing moved.
    if (untagged && entry.idx === null && entry.path === seen.path) return;
    // Browsers send popstate and hashchange for one step; the second finds nothing new.
    if (entry.path === seen.path && entry.idx === seen.idx) return;
    if (undoing !== null && entry.idx === undoing) {
      undoing = null;
      seen = entry;
      return;
    }
    // A hash typed into the address bar (or a plain link): a new entry after the one we were on.
    // Not asked about (nor was it under react-router): like a reload it is the person's own
    // address, and the form's draft survives it. Back from it is asked about.
    const typed = entry.idx === null;
    if (typed) {
      entry = { ...entry, idx: idxOf(seen) + 1 };
      adapter.write({ ...entry, idx: idxOf(entry) }, true);
    }
    const delta = idxOf(entry) - idxOf(seen);
    const from = seen;
    seen = entry;
    if (proceeding) proceeding = false;
    else if (delta !== 0 && !typed) {
      const held = {
        proceed() {
          proceeding = true;
          adapter.go(delta);
        },
        reset: noop,
      };
      if (blockedBy(parsePath(entry.path, entry.state), held)) {
        // The address bar goes back to where the person stays.
        undoing = idxOf(from);
        adapter.go(-delta);
        return;
      }
    }
    void show(entry);
  }

  const navigate: NavigateFn = (to, options = {}) =>
    push(to, options.state, options.replace ?? false, false);

  function subscribe(listener: () => void) {
    listeners.add(listener);
    if (listeners.size === 1) {
      if (untagged) adapter.afterPaint(tagFirstEntry);
      stopListening = adapter.listen(onPop);
      // Catch up with steps taken while nobody listened.
      onPop();
    }
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) {
        stopListening();
        stopListening = noop;
      }
    };
  }

  const location = () => shown;
  const pathnameOf = () => shown.pathname;
  const searchOf = () => shown.search.slice(1);
  const usePathname = (): [string, NavigateFn] => [
    useSyncExternalStore(subscribe, pathnameOf),
    navigate,
  ];
  const useSearch = () => useSyncExternalStore(subscribe, searchOf);
  return {
    location,
    heading: () => heading,
    subscribe,
    navigate,
    go(delta) {
      tagFirstEntry();
      adapter.go(delta);
    },
    block(when, onBlocked) {
      const blocker = { when, onBlocked };
      blockers.add(blocker);
      return () => void blockers.delete(blocker);
    },
    href: adapter.href,
    hook: usePathname,
    searchHook: useSearch,
  };
}

/** What `history.state` holds for one of our entries. */
function entryState(value: unknown): { usr: unknown; idx: number | null } {
  if (typeof value !== 'object' || value === null) return { usr: null, idx: null };
  const { usr, idx } = value as { usr?: unknown; idx?: unknown };
  return { usr: usr ?? null, idx: typeof idx === 'number' ? idx : null };
}

/** The app's location in `window.location.hash`, query included. */
export function createHashLocation(
  options: LocationSourceOptions & { window?: Window } = {},
): LocationSource {
  const win = options.window ?? window;
  const adapter: HistoryAdapter = {
    read() {
      const { usr, idx } = entryState(win.history.state);
      return { path: win.location.hash.replace(/^#/, '') || '/', state: usr, idx };
    },
    write({ path, state, idx }, replace) {
      // A URL of the fragment alone keeps the page's own path and query (`?embed=1`).
      const url = `#${path}`;
      if (replace) win.history.replaceState({ usr: state, idx }, '', url);
      else win.history.pushState({ usr: state, idx }, '', url);
    },
    go: (delta) => win.history.go(delta),
    listen(onPop) {
      win.addEventListener('popstate', onPop);
      win.addEventListener('hashchange', onPop);
      return () => {
        win.removeEventListener('popstate', onPop);
        win.removeEventListener('hashchange', onPop);
      };
    },
    href: (path) => `#${path}`,
    afterPaint(task) {
      // The frame's callback runs before its paint; a task queued from it, after.
      win.requestAnimationFrame(() => win.setTimeout(task));
    },
  };
  return createLocationSource(adapter, options);
}

export interface MemoryLocationSource extends LocationSource {
  /** Every entry's path, oldest first, and which one is current. */
  entries(): { paths: string[]; index: number };
}

/** The same location in an array of entries: for tests and benches, no window needed. */
export function createMemoryLocation(
  initial = '/',
  options: LocationSourceOptions = {},
): MemoryLocationSource {
  let current: { path: string; state: unknown } = { path: initial, state: null };
  const entries = [current];
  let index = 0;
  const popListeners = new Set<() => void>();
  const adapter: HistoryAdapter = {
    read: () => ({ ...current, idx: index }),
    write({ path, state }, replace) {
      if (!replace) {
        entries.splice(index + 1);
        index += 1;
      }
      current = { path, state };
      entries[index] = current;
    },
    go(delta) {
      const target = Math.min(Math.max(index + delta, 0), entries.length - 1);
      if (target === index) return;
      index = target;
      current = entries[index] ?? current;
      for (const listener of [...popListeners]) listener();
    },
    listen(onPop) {
      popListeners.add(onPop);
      return () => void popListeners.delete(onPop);
    },
    href: (path) => path,
    afterPaint: (task) => task(),
  };
  const source = createLocationSource(adapter, options);
  return {
    ...source,
    entries: () => ({ paths: entries.map((entry) => entry.path), index }),
  };
}
