// The customers grid as the app starts it: the default page size from config.json, and the first
// page's request sent before React renders.
export { setDefaultPageSize } from './grid/grid-params';
export { prefetchGridPage } from './grid/prefetch-grid-page';
