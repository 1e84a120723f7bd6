// The batch feature as other code sees it: the top bar's link, the "add to batch" actions for a
// selection, and the batch editor screen, which loads on first use.
export { BatchNavLink } from './components/batch-nav-link';
export { AddToBatchActions } from './components/add-to-batch-actions';
export const loadBatchScreen = () => import('./batch-page').then((m) => m.BatchPage);
