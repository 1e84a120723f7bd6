import { lazyWithPreload } from '../../components/lazy-with-preload';
import { withMui } from '../../theme/with-mui';

/** The delete question's code, fetched on the first intent to delete rather than with a screen. */
export const LazyDeleteCustomerDialog = lazyWithPreload(
  withMui(() => import('./delete-customer-dialog').then((m) => m.DeleteCustomerDialog)),
);
