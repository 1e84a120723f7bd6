import type { TFunction } from 'i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import Avatar from '@mui/material/Avatar';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ApiVersion } from '../../../api/client';
import type { CustomerPartial } from '../../../api/schemas/customer';
import { formatAmount, formatCountry } from '../../../lib/format-amount';
import { formatStoreWallClock, formatUtcInstant } from '../../../lib/format-date';
import { paths } from '../../../routes/paths';
import { safeHttpUrl } from '../../../lib/safe-url';
import { IsolatedList } from '../../../components/isolated-list';
import { customerName } from '../../../lib/customer-text';

// Cell contents. Fields may be missing (trimmed by `_fields`, or absent in this API version), so
// every cell copes with undefined and shows a dash rather than "undefined" or a crash.
// The translator and locale come from the column definitions, not a hook in each cell: a page of
// 100 rows would otherwise subscribe to i18next several hundred times on every render.

/** What the cells need to speak the viewer's language. */
export interface CellLocale {
  t: TFunction;
  locale: string;
}

const DASH = '—';

export function NameCell({ customer, t }: { customer: CustomerPartial; t: TFunction }) {
  const location = useLocation();
  const name = customerName(customer);
  return (
    <Stack direction="row" sx={{ alignItems: 'center', gap: 1, minWidth: 0 }}>
      {/* Decorative: the name next to it says who it is. */}
      <Avatar src={safeHttpUrl(customer.avatar_url)} alt="" sx={{ width: 28, height: 28 }} />
      <Link
        component={RouterLink}
        to={paths.customer(customer.id ?? 0)}
        // Like a row click: "Back to customers" then returns to this exact view of the grid.
        state={{ gridSearch: location.search }}
        // The row navigates on click too; one navigation is enough.
        onClick={(event) => event.stopPropagation()}
        underline="hover"
        noWrap
        sx={{ color: name ? 'text.primary' : 'text.secondary', fontWeight: 500 }}
      >
        {name || t('customers.noName', { id: customer.id })}
      </Link>
    </Stack>
  );
}

export function LocationCell({ customer, locale }: { customer: CustomerPartial; locale: string }) {
  const city = customer.billing?.city ?? '';
  const country = customer.billing?.country ?? '';
  const parts = [city, country && formatCountry(country, locale)].filter(Boolean);
  return parts.length ? <IsolatedList parts={parts} /> : DASH;
}

export function moneyText(
  amount: string | undefined,
  currency: string | undefined,
  locale: string,
) {
  return amount === undefined ? DASH : formatAmount(amount, currency, locale);
}

export function payingLabel(paying: boolean | undefined, t: TFunction): string {
  if (paying === undefined) return DASH;
  return paying ? t('customers.yes') : t('customers.no');
}

export function LastOrderCell({ customer, t, locale }: { customer: CustomerPartial } & CellLocale) {
  const order = customer.last_order;
  if (!order?.id) return DASH;
  // Only v1 has last_order, and v1 prints its dates in UTC.
  const when = order.date ? formatUtcInstant(order.date, locale) : '';
  return (
    <Typography variant="inherit" noWrap>
      {t('customers.orderNumber', { id: order.id })}
      {when && (
        <Typography component="span" variant="inherit" color="text.secondary">
          {` · ${when}`}
        </Typography>
      )}
    </Typography>
  );
}

/** v2+: the UTC date in the viewer's zone, zone named. v1: the store's own clock, said so. */
export function registeredText(
  customer: CustomerPartial,
  version: ApiVersion,
  { t, locale }: CellLocale,
): string {
  // v1 prints its one date in UTC (its controller: "v1 API used UTC"); v2+ adds a `_gmt` twin.
  const utc = version === 'v1' ? customer.date_created : customer.date_created_gmt;
  if (utc) return formatUtcInstant(utc, locale);
  const local = customer.date_created;
  if (!local) return DASH;
  return t('customers.storeTime', { time: formatStoreWallClock(local, locale) });
}
