import { useTranslation } from '../../i18n/use-translation';
import Typography from '@mui/material/Typography';
import type { ApiVersion } from '../../api/client';
import type { CustomerPartial } from '../../api/schemas/customer';
import { formatStoreWallClock, formatUtcInstant } from '../../lib/format-date';
import { DetailField, DetailList } from './detail-field';
import { DetailSection } from '../../components/detail-section';
import { useSiteTimeZone } from '../../queries/use-store-site';
import { v1CreatedToGmt } from '../../lib/site-time';

const DASH = '—';

/**
 * v2+ sends each date twice: the store's wall clock and `_gmt`. The GMT one is an instant, shown
 * in the viewer's zone; the store's own time follows it, labelled. v1 has one date, which its
 * controller prints in UTC (WooCommerce's v1 "used UTC"), so that one is an instant too.
 */
function DateValue({
  local,
  gmt,
  version,
}: {
  local: string | null | undefined;
  gmt: string | null | undefined;
  version: ApiVersion;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  if (version === 'v1') return local ? formatUtcInstant(local, locale) : DASH;
  if (!local && !gmt) return DASH;
  const siteTime = local
    ? t('customerDetail.dates.siteTime', { time: formatStoreWallClock(local, locale) })
    : '';
  if (!gmt) return siteTime;
  return (
    <>
      {formatUtcInstant(gmt, locale)}
      {siteTime && (
        <Typography
          component="span"
          variant="body2"
          color="text.secondary"
          sx={{ display: 'block' }}
        >
          {siteTime}
        </Typography>
      )}
    </>
  );
}

export function DatesSection({
  customer,
  complete,
  version,
}: {
  customer: CustomerPartial;
  complete: boolean;
  version: ApiVersion;
}) {
  const { t } = useTranslation();
  const siteZone = useSiteTimeZone(version === 'v1');
  const pending = (value: unknown) => !complete && value === undefined;
  // v1's creation date is early by the site's offset (lib/site-time.ts); its modification date is not.
  const created =
    version === 'v1' ? v1CreatedToGmt(customer.date_created, siteZone) : customer.date_created;
  return (
    <DetailSection title={t('customerDetail.dates.heading')}>
      <DetailList>
        <DetailField
          label={t('customerDetail.dates.created')}
          readOnly
          pending={pending(customer.date_created)}
        >
          <DateValue local={created} gmt={customer.date_created_gmt} version={version} />
        </DetailField>
        <DetailField
          label={t('customerDetail.dates.modified')}
          readOnly
          pending={pending(customer.date_modified)}
        >
          <DateValue
            local={customer.date_modified}
            gmt={customer.date_modified_gmt}
            version={version}
          />
        </DetailField>
      </DetailList>
      {version === 'v1' && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {t('customerDetail.dates.v1Utc')}
        </Typography>
      )}
    </DetailSection>
  );
}
