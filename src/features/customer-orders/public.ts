// A customer's order history, as the detail screen shows it.
export { OrdersPanel } from './orders-panel';
