// Deleting a customer, as other features use it: the button (its dialog loads on first use) and
// the delayed deletes waiting out their undo window.
export { DeleteCustomerButton } from './delete-customer-button';
export { PendingDeletesProvider, usePendingDeleteIds } from './pending-deletes';
