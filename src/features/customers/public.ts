// The customers grid as the app starts it: the default page size from config.json, and the first
// page's request put in the query cache before React renders (taking the boot's own request,
// features/customers/boot.ts, when config.json asks for the same page).
export { setDefaultPageSize } from './grid/grid-params';
export { prefetchGridPage } from './grid/prefetch-grid-page';
// What a saved view of the grid captures and restores (the saved-views feature): the URL state,
// the layout store, and which filters each API version takes.
export {
  DEFAULT_FILTERS,
  normalizeGridState,
  parseGridState,
  serializeGridState,
  type GridFilters,
} from './grid/grid-params';
export { unsupportedFilters } from './grid/grid-query';
export { completeOrder, parseColumnPrefs, type ColumnPrefs } from './grid/column-prefs';
export { changeColumnPrefs, getColumnPrefs, subscribeColumnPrefs } from './grid/column-prefs-store';
