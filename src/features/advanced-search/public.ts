// Advanced search as the grid offers it (the mode tabs and the search hint that points here),
// and its screen, which loads on first use.
export { CustomersModeSwitch } from './components/customers-mode-switch';
export { useGridSearchHint } from './components/grid-search-hint';
export const loadAdvancedSearchScreen = () =>
  import('./components/advanced-search-page').then((m) => m.AdvancedSearchPage);
