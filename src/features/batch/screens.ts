// This feature's screens, each its own chunk: the router loads one when its route is first
// entered, and prefetches it when a link to it is hovered or focused.
export const loadBatchScreen = () => import('./batch-page').then((m) => m.BatchPage);
