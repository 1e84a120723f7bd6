// Creating and editing customers: the grid's "New customer" button and the two form screens,
// which load on first use.
export { NewCustomerButton } from './new-customer-button';
export const loadCreateScreen = () =>
  import('./customer-create-page').then((m) => m.CustomerCreatePage);
export const loadEditScreen = () => import('./customer-edit-page').then((m) => m.CustomerEditPage);
