import type { TFunction } from '../../../i18n/types';
import type { ApiVersion } from '../../../api/client';
import type { CustomerPartial } from '../../../api/schemas/customer';
import { formatAmount, formatCountry } from '../../../lib/format-amount';
import { formatUtcInstant } from '../../../lib/format-date';
import { v1CreatedToGmt } from '../../../lib/site-time';
import type { SiteTimeZone } from '../../../api/endpoints/store';
import { paths } from '../../../routes/paths';
import { IsolatedList } from '../../../components/isolated-list';
import { CustomerAvatar } from '../../../components/customer-avatar';
import { GRID_CLASS } from './grid-body-styles';

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

/**
 * The avatar and the name as a plain link: the hash router follows `#/customers/12` by itself, and
 * the grid's one click listener adds the way back to this view (see GridBody). No hooks here.
 */
export function NameCell({ customer, name, t, gravatar }: NameCellProps) {
  const id = customer.id ?? 0;
  return (
    <div className={GRID_CLASS.name}>
      <CustomerAvatar customer={customer} gravatar={gravatar} />
      <a
        href={`#${paths.customer(id)}`}
        className={name ? GRID_CLASS.link : `${GRID_CLASS.link} ${GRID_CLASS.noName}`}
      >
        {name || t('customers.noName', { id })}
      </a>
    </div>
  );
}

interface NameCellProps {
  customer: CustomerPartial;
  /** `customerName(customer)`, worked out once per row. */
  name: string;
  t: TFunction;
  gravatar: boolean;
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
    <>
      {t('customers.orderNumber', { id: order.id })}
      {when && <span className={GRID_CLASS.secondary}>{` · ${when}`}</span>}
    </>
  );
}

/** The registration date as an instant in the viewer's zone, zone named. */
export function registeredText(
  customer: CustomerPartial,
  version: ApiVersion,
  locale: string,
  siteZone: SiteTimeZone | undefined,
): string {
  // v1 prints its one date in GMT, early by the site's offset (lib/site-time.ts); v2+ has a
  // `_gmt` twin, the only one the grid asks for (grid-columns.ts).
  const utc =
    version === 'v1' ? v1CreatedToGmt(customer.date_created, siteZone) : customer.date_created_gmt;
  return utc ? formatUtcInstant(utc, locale) : DASH;
}
