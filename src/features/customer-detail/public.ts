// One customer's screen, loaded on first use.
export const loadDetailScreen = () =>
  import('./customer-detail-page').then((m) => m.CustomerDetailPage);
