import { useTranslation } from '../../i18n/use-translation';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { formatAmount, formatCount } from '../../lib/format-amount';
import { useStoreCurrency } from '../../queries/store-currency';
import { useAnalyticsIndex, useCustomerAnalytics } from '../../queries/use-store-site';
import { DetailField, DetailList } from './detail-field';

function Note({ children }: { children: string }) {
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
      {children}
    </Typography>
  );
}

/** The index sends raw floats (122.69999999999999): cents, rounded, for display only. */
function roundMoney(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Over v3 the customer object has no order count or total spent; WooCommerce Admin's index
 * (`wc-analytics/reports/customers?users=<id>`) has both, a little behind. Marked as such.
 */
export function AnalyticsTotals({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const availability = useAnalyticsIndex();
  const row = useCustomerAnalytics(id, availability === 'available');
  const { currency } = useStoreCurrency(availability === 'available');
  if (availability === 'unavailable') return <Note>{t('customerDetail.stats.noAnalytics')}</Note>;
  if (availability === 'unknown') return <Note>{t('customerDetail.stats.v3NoTotals')}</Note>;
  if (row.data === null) return <Note>{t('customerDetail.stats.analyticsNoRow')}</Note>;
  if (!row.data && row.error) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {t('customerDetail.stats.analyticsFailed')}{' '}
        <Button size="small" onClick={() => void row.refetch()}>
          {t('customers.retry')}
        </Button>
      </Typography>
    );
  }
  const data = row.data;
  const source = (
    <Chip
      size="small"
      variant="outlined"
      label={t('customerDetail.stats.fromAnalytics')}
      sx={{ ml: 1 }}
    />
  );
  return (
    <>
      <DetailList>
        <DetailField label={t('customerDetail.stats.ordersCount')} readOnly pending={!data}>
          {data && formatCount(data.orders_count, locale)}
          {source}
        </DetailField>
        <DetailField label={t('customerDetail.stats.totalSpent')} readOnly pending={!data}>
          {data && formatAmount(roundMoney(data.total_spend), currency, locale)}
          {source}
        </DetailField>
      </DetailList>
      <Note>{t('customerDetail.stats.analyticsNote')}</Note>
    </>
  );
}
