// Advanced search as the grid offers it: the mode tabs and the search hint that points here.
export { CustomersModeSwitch } from './components/customers-mode-switch';
export { useGridSearchHint } from './components/grid-search-hint';
