import {
  createContext,
  forwardRef,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { Router } from 'wouter';
import type {
  AppLocation,
  HeldNavigation,
  LocationSource,
  NavigateFn,
  NavigateOptions,
  Transition,
} from './hash-location';

// The app's routing hooks over a LocationSource (hash-location.ts). wouter matches routes
// (`Switch`, `Route`, `useParams`, `Redirect`) through the source's `hook`; what wouter does not
// have (per-entry state, a promise from navigate, blocking) is read from the source directly.

const SourceContext = createContext<LocationSource | null>(null);

/** Routes below read and change `source`'s location. */
export function AppRouter({ source, children }: { source: LocationSource; children: ReactNode }) {
  return (
    <SourceContext.Provider value={source}>
      <Router hook={source.hook} searchHook={source.searchHook} hrefs={source.href}>
        {children}
      </Router>
    </SourceContext.Provider>
  );
}

function useSource(): LocationSource {
  const source = useContext(SourceContext);
  if (!source) throw new Error('Routing hooks are used inside <AppRouter> only');
  return source;
}

/** The location on show: pathname, search (`?page=2` or '') and the entry's state. */
export function useAppLocation(): AppLocation {
  const source = useSource();
  return useSyncExternalStore(source.subscribe, source.location);
}

/** `navigate(to, { replace, state })`; settles once the new location is on show (or dropped). */
export function useNavigate(): NavigateFn {
  return useSource().navigate;
}

/**
 * The query of the location on show, and a way to change it (the path stays). A change made while
 * the person is already on the way to another screen (a link followed or an address typed, its
 * code still loading) is dropped: a search box's late debounce must not take them back.
 */
export function useSearchParams() {
  const source = useSource();
  const { search } = useAppLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const setParams = useCallback(
    (next: URLSearchParams, options?: NavigateOptions) => {
      const { pathname } = source.location();
      if (source.heading().pathname !== pathname) return Promise.resolve();
      const query = next.toString();
      return source.navigate(pathname + (query ? `?${query}` : ''), options);
    },
    [source],
  );
  return [params, setParams] as const;
}

/**
 * Holds back navigations `when` says so (links, navigate(), Back and Forward): returns the held
 * one, to proceed with or reset, or null. `when` is read at navigation time.
 */
export function useBlocker(when: (transition: Transition) => boolean): HeldNavigation | null {
  const source = useSource();
  const latest = useRef(when);
  useLayoutEffect(() => {
    latest.current = when;
  });
  const [held, setHeld] = useState<HeldNavigation | null>(null);
  useEffect(
    () =>
      source.block(
        (transition) => latest.current(transition),
        (navigation) =>
          setHeld({
            proceed() {
              setHeld(null);
              navigation.proceed();
            },
            reset() {
              setHeld(null);
              navigation.reset();
            },
          }),
      ),
    [source],
  );
  return held;
}

export type RouterLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  /** An in-app path with its query: `/customers?page=2`. */
  to: string;
  replace?: boolean;
  state?: unknown;
};

const isPlainClick = (event: MouseEvent<HTMLAnchorElement>) =>
  event.button === 0 && !(event.metaKey || event.altKey || event.ctrlKey || event.shiftKey);

/**
 * A link to an in-app path: a real `href` (open in a new tab works), and a click that navigates
 * in the page. It does not follow the location, so links do not render again on each navigation.
 */
export const RouterLink = forwardRef<HTMLAnchorElement, RouterLinkProps>(function RouterLink(
  { to, replace, state, onClick, target, ...rest },
  ref,
) {
  const source = useSource();
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || !isPlainClick(event) || (target && target !== '_self')) return;
    event.preventDefault();
    void source.navigate(to, { replace, state });
  };
  return <a {...rest} ref={ref} href={source.href(to)} target={target} onClick={follow} />;
});
