import { lazyWithPreload } from '../../components/lazy-with-preload';

/** The delete question's code, fetched on the first intent to delete rather than with a screen. */
export const LazyDeleteCustomerDialog = lazyWithPreload(() =>
  import('./delete-customer-dialog').then((m) => m.DeleteCustomerDialog),
);
