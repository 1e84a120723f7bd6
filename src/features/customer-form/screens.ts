// This feature's screens, each its own chunk: the router loads one when its route is first
// entered, and prefetches it when a link to it is hovered or focused.
export const loadCreateScreen = () =>
  import('./customer-create-page').then((m) => m.CustomerCreatePage);
export const loadEditScreen = () => import('./customer-edit-page').then((m) => m.CustomerEditPage);
