import { useTranslation } from '../../i18n/use-translation';
import type { ApiVersion } from '../../api/client';
import type { CustomerPartial } from '../../api/schemas/customer';
import { roleLabel } from '../../lib/customer-text';
import { DetailField, DetailList } from './detail-field';
import { DetailSection } from '../../components/detail-section';

const DASH = '—';

/** Names and login. Username is fixed once created ("Username isn't editable"); role is v2+ and read-only. */
export function AccountSection({
  customer,
  complete,
  version,
}: {
  customer: CustomerPartial;
  complete: boolean;
  version: ApiVersion;
}) {
  const { t } = useTranslation();
  const pending = (value: unknown) => !complete && value === undefined;
  return (
    <DetailSection title={t('customerDetail.account.heading')}>
      <DetailList>
        <DetailField label={t('customerDetail.id')} readOnly>
          {customer.id}
        </DetailField>
        <DetailField label={t('customerDetail.account.email')} pending={pending(customer.email)}>
          {customer.email || DASH}
        </DetailField>
        <DetailField
          label={t('customerDetail.account.firstName')}
          pending={pending(customer.first_name)}
        >
          {customer.first_name || DASH}
        </DetailField>
        <DetailField
          label={t('customerDetail.account.lastName')}
          pending={pending(customer.last_name)}
        >
          {customer.last_name || DASH}
        </DetailField>
        <DetailField
          label={t('customerDetail.account.username')}
          readOnly
          pending={pending(customer.username)}
        >
          {customer.username || DASH}
        </DetailField>
        {version !== 'v1' && (customer.role !== undefined || !complete) && (
          <DetailField
            label={t('customerDetail.account.role')}
            readOnly
            pending={pending(customer.role)}
          >
            {roleLabel(customer.role, t)}
          </DetailField>
        )}
      </DetailList>
    </DetailSection>
  );
}
