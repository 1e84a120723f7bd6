import type { ComponentType, ReactNode } from 'react';
import { createHashRouter, Navigate } from 'react-router';
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
import { RouteErrorPage } from './route-error-page';
import { paths } from '../routes/paths';
import { registerScreen } from '../routes/prefetch';

// Every screen is its own chunk, fetched when its route is first entered, or earlier when a link
// to it is hovered or focused (routes/prefetch). The router keeps the current screen on show until
// the next one's code has arrived, so nothing jumps; a chunk that fails to load shows
// RouteErrorPage with a way to retry.
function screen(path: string, load: () => Promise<ComponentType>) {
  registerScreen(path, load);
  return { path, lazy: async () => ({ Component: await load() }) };
}

/** A screen with the saved-views menu passed in: the features do not know each other. */
function withViews(
  load: () => Promise<ComponentType<{ views?: ReactNode }>>,
  screen: 'grid' | 'advanced',
) {
  // One wrapper per page component, however often the loader runs (prefetch, then the route).
  const wrappers = new WeakMap<ComponentType<{ views?: ReactNode }>, ComponentType>();
  return async () => {
    const Page = await load();
    let wrapper = wrappers.get(Page);
    if (!wrapper) {
      wrapper = function ScreenWithViews() {
        return <Page views={<ViewsButton screen={screen} />} />;
      };
      wrappers.set(Page, wrapper);
    }
    return wrapper;
  };
}

// Built once, at module load, so the screens are registered for prefetching before anything renders.
const routes = [
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <Navigate to={paths.customers} replace /> },
      screen(paths.connect, loadConnectScreen),
      {
        element: <RequireConnection />,
        children: [
          screen(paths.customers, withViews(loadCustomersScreen, 'grid')),
          screen(paths.customerSearch, withViews(loadAdvancedSearchScreen, 'advanced')),
          screen(paths.customerNew, loadCreateScreen),
          screen(paths.customerPattern, loadDetailScreen),
          screen(paths.batch, loadBatchScreen),
          screen(paths.customerEditPattern, loadEditScreen),
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createAppRouter() {
  return createHashRouter(routes);
}
