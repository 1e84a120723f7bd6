// Creating and editing customers: the grid's "New customer" button.
export { NewCustomerButton } from './new-customer-button';
