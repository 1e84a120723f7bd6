// Deleting a customer, as other features use it: the detail view's button, a list's cheap row
// buttons with their one dialog host (the dialog's code loads on first use), and the delayed
// deletes waiting out their undo window.
export { DeleteCustomerButton } from './delete-customer-button';
export { isRowDeleteTarget, RowDeleteButton, useRowDelete, type RowDeleteApi } from './row-delete';
export { PendingDeletesProvider, usePendingDeleteIds } from './pending-deletes';
