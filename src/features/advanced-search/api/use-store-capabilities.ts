// Whether the store serves WooCommerce Admin's index, from its `/wp-json/` namespaces. When the
// index cannot be read at all, the answer is "unknown": the mode stays hidden, and says so.
// Shared with the customer detail, which reads order totals from the same index over v3.
export {
  useAnalyticsIndex as useAnalyticsAvailability,
  type AnalyticsAvailability,
} from '../../../queries/use-store-site';
