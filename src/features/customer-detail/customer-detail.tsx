import './strings';
import { useTranslation } from '../../i18n/use-translation';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { visuallyHidden } from '../../components/visually-hidden';
import { ErrorMessage } from '../../components/status-messages';
import { OrdersPanel } from '../customer-orders/public';
import { DownloadsPanel } from '../downloads/public';
import { AccountSection } from './account-section';
import { AddressSection } from './address-section';
import { CustomerNotFound } from './customer-not-found';
import { DatesSection } from './dates-section';
import { DetailHeader } from './detail-header';
import { ReadOnlyIcon } from './detail-field';
import { isCustomerMissing } from './is-customer-missing';
import { MetaDataSection } from './meta-data-section';
import { StatsSection } from './stats-section';
import { useCustomerDetail } from './use-customer-detail';

/** Everything the API version returns about one customer, then their downloads and orders. */
export function CustomerDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const detail = useCustomerDetail(id);
  const { query, version, complete } = detail;
  // Check for data before errors: a failed background refetch must not hide what we have.
  if (!complete && isCustomerMissing(query.error)) {
    return <CustomerNotFound id={String(id)} />;
  }
  // Nothing known and nothing coming: the error alone, not a page of skeletons that never fill.
  if (!detail.customer && query.error) {
    return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  }
  const customer = detail.customer ?? { id };
  return (
    <Stack spacing={2} sx={{ width: '100%', minWidth: 0 }}>
      <DetailHeader
        id={id}
        customer={detail.customer}
        full={detail.complete ? detail.customer : undefined}
      />
      {!complete && query.error && (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      )}
      {/* Skeletons are silent: this tells screen readers the rest is on its way. */}
      <Box role="status" sx={visuallyHidden}>
        {complete ? '' : t('customerDetail.loading')}
      </Box>
      <Typography variant="body2" color="text.secondary">
        <ReadOnlyIcon />
        {t('customerDetail.readOnlyLegend')}
      </Typography>
      <Box
        aria-busy={!complete}
        sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}
      >
        <AccountSection customer={customer} complete={complete} version={version} />
        <Stack spacing={2}>
          <DatesSection customer={customer} complete={complete} version={version} />
          <StatsSection customer={customer} complete={complete} version={version} />
        </Stack>
        <AddressSection customer={customer} kind="billing" complete={complete} />
        <AddressSection customer={customer} kind="shipping" complete={complete} />
        <MetaDataSection rows={customer.meta_data} complete={complete} version={version} />
        <DownloadsPanel customerId={id} />
        {/* Last: its height follows the number of orders, and nothing below it moves. */}
        <OrdersPanel customerId={id} />
      </Box>
    </Stack>
  );
}
