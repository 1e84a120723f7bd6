// The batch feature as other code sees it: the top bar's link and the "add to batch" actions for
// a selection.
export { BatchNavLink } from './components/batch-nav-link';
export { AddToBatchActions } from './components/add-to-batch-actions';
