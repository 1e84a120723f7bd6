// The customers grid: its screen (loaded at once on start, in parallel with the app shell) and
// the configured default page size.
export { setDefaultPageSize } from './grid/grid-params';
export const loadCustomersScreen = () => import('./customers-page').then((m) => m.CustomersPage);
