import { useTranslation } from '../../../i18n/use-translation';
import { RouterLink } from '../../../routes/navigation';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import NoAccountsIcon from '@mui/icons-material/NoAccountsOutlined';
import type { AnalyticsCustomer } from '../../../api/schemas/analytics-customer';
import { paths } from '../../../routes/paths';
import { formatCountry } from '../../../lib/format-amount';
import { formatStoreWallClock, formatUtcInstant } from '../../../lib/format-date';
import type { StateNamer } from '../../../lib/format-address';
import { IsolatedList } from '../../../components/isolated-list';

const DASH = '—';

/** Registered: a link to the customer's page. Guest: plain text and a clear read-only mark. */
export function ResultNameCell({ row }: { row: AnalyticsCustomer }) {
  const { t } = useTranslation();
  const name = row.name?.trim() || t('advancedSearch.noName');
  if (row.user_id === null) {
    return (
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography component="span" variant="body2" sx={{ fontWeight: 500 }}>
          {name}
        </Typography>
        <Chip
          size="small"
          variant="outlined"
          icon={<NoAccountsIcon />}
          label={t('advancedSearch.guest')}
          title={t('advancedSearch.guestHelp')}
        />
      </Stack>
    );
  }
  return (
    <Link
      component={RouterLink}
      to={paths.customer(row.user_id)}
      underline="hover"
      sx={{ fontWeight: 500, color: 'text.primary' }}
    >
      {name}
    </Link>
  );
}

/** "City, State, Country": the state by the store's name for its code where the store lists it. */
export function locationParts(
  row: AnalyticsCustomer,
  locale: string,
  stateName: StateNamer = () => undefined,
): string[] {
  const country = row.country ? formatCountry(row.country, locale) : '';
  const state = (row.state && row.country && stateName(row.country, row.state)) || row.state;
  return [row.city, state, country].filter((part): part is string => Boolean(part));
}

export function LocationCell({
  row,
  stateName,
}: {
  row: AnalyticsCustomer;
  stateName: StateNamer;
}) {
  const { i18n } = useTranslation();
  const parts = locationParts(row, i18n.language, stateName);
  return parts.length ? <IsolatedList parts={parts} /> : DASH;
}

/** A `_gmt` instant in the viewer's zone; without one, the store's own wall-clock time. */
export function DateCell({ gmt, local }: { gmt?: string | null; local?: string | null }) {
  const { t, i18n } = useTranslation();
  if (gmt) return formatUtcInstant(gmt, i18n.language);
  if (!local) return DASH;
  // date_last_order comes in SQL form ("2024-05-01 10:00:00") from WooCommerce Admin.
  const time = formatStoreWallClock(local.replace(' ', 'T'), i18n.language);
  return t('advancedSearch.storeTime', { time });
}
