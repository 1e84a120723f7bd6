import { Suspense, type ComponentType, type ReactNode } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { AppLayout } from './app-layout';
import { RequireConnection } from '../features/connection/public';
import { loadConnectScreen } from '../features/connection/screens';
import { loadCustomersScreen } from '../features/customers/screens';
import { loadAdvancedSearchScreen } from '../features/advanced-search/screens';
import { loadDetailScreen } from '../features/customer-detail/screens';
import { loadCreateScreen, loadEditScreen } from '../features/customer-form/screens';
import { loadBatchScreen } from '../features/batch/screens';
import { ViewsButton } from '../features/saved-views/public';
import { NotFoundPage } from './not-found-page';
import { RouteErrorBoundary } from './route-error-boundary';
import { lazyScreen } from './lazy-screen';
import { createHashLocation } from '../routes/hash-location';
import { paths } from '../routes/paths';
import { screenReady } from '../routes/prefetch';
import { withMui } from '../theme/with-mui';

// Every screen is its own chunk, fetched when its route is first entered, or earlier when a link
// to it is hovered or focused (routes/prefetch). A navigation shows its new location only once
// the next screen's code has arrived, so the current screen stays and nothing jumps; a chunk
// that fails to load shows RouteErrorPage with a way to retry (app/lazy-screen). The grid draws
// without MUI; every other screen brings MUI's theme with it (theme/with-mui).

/** A screen with the saved-views menu passed in: the features do not know each other. */
function withViews(
  load: () => Promise<ComponentType<{ views?: ReactNode }>>,
  screen: 'grid' | 'advanced',
) {
  return async () => {
    const Page = await load();
    return function ScreenWithViews() {
      return <Page views={<ViewsButton screen={screen} />} />;
    };
  };
}

// Made once, at module load, so the screens are registered for prefetching before anything
// renders. Static paths come before `:id` (the first match wins).
const ConnectScreen = lazyScreen(paths.connect, withMui(loadConnectScreen));
const needConnection: [string, ComponentType][] = [
  [paths.customers, lazyScreen(paths.customers, withViews(loadCustomersScreen, 'grid'))],
  [
    paths.customerSearch,
    lazyScreen(paths.customerSearch, withMui(withViews(loadAdvancedSearchScreen, 'advanced'))),
  ],
  [paths.customerNew, lazyScreen(paths.customerNew, withMui(loadCreateScreen))],
  [paths.customerPattern, lazyScreen(paths.customerPattern, withMui(loadDetailScreen))],
  [paths.batch, lazyScreen(paths.batch, withMui(loadBatchScreen))],
  [paths.customerEditPattern, lazyScreen(paths.customerEditPattern, withMui(loadEditScreen))],
];

/** The browser's location in the hash; each navigation first waits for its screen's code. */
export function createAppLocation() {
  return createHashLocation({ prepare: ({ pathname }) => screenReady(pathname) });
}

export function AppRoutes() {
  return (
    <RouteErrorBoundary>
      {/* Only the first screen of a page load suspends; until it is here nothing shows. */}
      <Suspense fallback={null}>
        <AppLayout>
          <Switch>
            <Route path="/">
              <Redirect to={paths.customers} replace />
            </Route>
            <Route path={paths.connect} component={ConnectScreen} />
            {needConnection.map(([path, Screen]) => (
              <Route key={path} path={path}>
                <RequireConnection>
                  <Screen />
                </RequireConnection>
              </Route>
            ))}
            <Route component={NotFoundPage} />
          </Switch>
        </AppLayout>
      </Suspense>
    </RouteErrorBoundary>
  );
}
