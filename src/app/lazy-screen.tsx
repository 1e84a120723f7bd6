import { use, type ComponentType } from 'react';
import { registerScreen } from '../routes/prefetch';
import { RouteErrorPage } from './route-error-page';

/**
 * A route's screen in a chunk of its own, registered for prefetching under `path`. Navigations
 * wait for the chunk before they show the new location (routes/prefetch `screenReady`), so the
 * current screen stays on show meanwhile and this renders the loaded screen at once; only the
 * first screen of a page load suspends (nothing is on show yet). A chunk that failed to arrive
 * shows RouteErrorPage, whose Retry reloads; the failure is forgotten, so a later load tries again.
 */
export function lazyScreen(path: string, load: () => Promise<ComponentType>): ComponentType {
  let Loaded: ComponentType | undefined;
  let failure: { error: unknown } | undefined;
  let loading: Promise<void> | undefined;
  const start = () =>
    (loading ??= load().then(
      (component) => {
        Loaded = component;
        failure = undefined;
      },
      (error: unknown) => {
        failure = { error };
        loading = undefined;
      },
    ));
  registerScreen(path, () => (Loaded ? undefined : start()));

  return function LazyScreen() {
    if (Loaded) return <Loaded />;
    if (failure) return <RouteErrorPage error={failure.error} />;
    use(start());
    return null;
  };
}
