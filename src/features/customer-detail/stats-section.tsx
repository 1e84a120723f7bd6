import { useTranslation } from '../../i18n/use-translation';
import type { ApiVersion } from '../../api/client';
import type { CustomerPartial } from '../../api/schemas/customer';
import { formatAmount, formatCount } from '../../lib/format-amount';
import { formatUtcInstant } from '../../lib/format-date';
import { useStoreCurrency } from '../../queries/store-currency';
import { AnalyticsTotals } from './analytics-totals';
import { DetailField, DetailList } from './detail-field';
import { DetailSection } from '../../components/detail-section';

/**
 * Order figures, all computed by the store. Which exist depends on the version: v1 has a last
 * order, v2 the paying flag, v3 (WooCommerce 7.9) neither count nor total.
 */
export function StatsSection({
  customer,
  complete,
  version,
}: {
  customer: CustomerPartial;
  complete: boolean;
  version: ApiVersion;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { currency } = useStoreCurrency(customer.total_spent !== undefined);
  // Before the full object arrives a missing field may just be trimmed; afterwards it is absent.
  const show = (value: unknown) => value !== undefined || !complete;
  const pending = (value: unknown) => !complete && value === undefined;
  const order = customer.last_order;
  const hasTotals = customer.orders_count !== undefined || customer.total_spent !== undefined;

  return (
    <DetailSection title={t('customerDetail.stats.heading')}>
      <DetailList>
        {(version !== 'v3' || customer.orders_count !== undefined) &&
          show(customer.orders_count) && (
            <DetailField
              label={t('customerDetail.stats.ordersCount')}
              readOnly
              pending={pending(customer.orders_count)}
            >
              {customer.orders_count !== undefined && formatCount(customer.orders_count, locale)}
            </DetailField>
          )}
        {(version !== 'v3' || customer.total_spent !== undefined) && show(customer.total_spent) && (
          <DetailField
            label={t('customerDetail.stats.totalSpent')}
            readOnly
            pending={pending(customer.total_spent)}
          >
            {customer.total_spent !== undefined &&
              formatAmount(customer.total_spent, currency, locale)}
          </DetailField>
        )}
        {version !== 'v1' && show(customer.is_paying_customer) && (
          <DetailField
            label={t('customerDetail.stats.paying')}
            readOnly
            pending={pending(customer.is_paying_customer)}
          >
            {customer.is_paying_customer
              ? t('customerDetail.stats.yes')
              : t('customerDetail.stats.no')}
          </DetailField>
        )}
        {version === 'v1' && show(order) && (
          <DetailField
            label={t('customerDetail.stats.lastOrder')}
            readOnly
            pending={pending(order)}
          >
            {order?.id
              ? [
                  t('customerDetail.stats.orderNumber', { id: order.id }),
                  order.date ? formatUtcInstant(order.date, locale) : '',
                ]
                  .filter(Boolean)
                  .join(' · ')
              : t('customerDetail.stats.noOrder')}
          </DetailField>
        )}
      </DetailList>
      {version === 'v3' && complete && !hasTotals && customer.id !== undefined && (
        <AnalyticsTotals id={customer.id} />
      )}
    </DetailSection>
  );
}
