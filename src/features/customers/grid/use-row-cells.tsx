import { useMemo, type ReactNode } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import type { ApiVersion } from '../../../api/client';
import type { SiteTimeZone } from '../../../api/endpoints/store';
import { roleLabel } from '../../../lib/customer-text';
import { labelTemplate } from '../../../i18n/label-template';
import type { GridColumnId } from './grid-columns';
import type { GridRow } from './grid-table-features';
import {
  LastOrderCell,
  LocationCell,
  moneyText,
  NameCell,
  payingLabel,
  registeredText,
} from './customer-cells';

/** Draws one data cell; `name` is `customerName(customer)`, worked out once per row. */
export type CellRenderer = (customer: GridRow, name: string) => ReactNode;

export interface RowCellsText {
  cells: Record<GridColumnId, CellRenderer>;
  /** The row checkbox's accessible name. */
  selectLabel(name: string, id: number | undefined): string;
}

/**
 * What rows need to draw their cells, built once per language, version, currency and avatar mode:
 * the translator reaches the cells from here, not through a hook in each of them.
 */
export function useRowCells(
  version: ApiVersion,
  currency: string | undefined,
  gravatar: boolean,
  siteZone?: SiteTimeZone,
): RowCellsText {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    // Labels every row repeats are translated once per build of the cells, not once per row.
    const roles = new Map<string | undefined, string>();
    const role = (slug: string | undefined) => {
      let label = roles.get(slug);
      if (label === undefined) roles.set(slug, (label = roleLabel(slug, t)));
      return label;
    };
    const paying = { yes: payingLabel(true, t), no: payingLabel(false, t) };
    const selectRow = labelTemplate(t, 'customers.selection.row', 'name');
    const cells: Record<GridColumnId, CellRenderer> = {
      id: (c) => c.id,
      name: (c, name) => <NameCell customer={c} name={name} t={t} gravatar={gravatar} />,
      email: (c) => c.email,
      username: (c) => c.username,
      role: (c) => role(c.role),
      location: (c) => <LocationCell customer={c} locale={locale} />,
      orders: (c) => c.orders_count,
      spent: (c) => moneyText(c.total_spent, currency, locale),
      paying: (c) =>
        c.is_paying_customer === undefined
          ? payingLabel(undefined, t)
          : paying[c.is_paying_customer ? 'yes' : 'no'],
      lastOrder: (c) => <LastOrderCell customer={c} t={t} locale={locale} />,
      registered: (c) => registeredText(c, version, locale, siteZone),
    };
    return {
      cells,
      selectLabel: (name, id) => selectRow(name || `#${id}`),
    };
  }, [t, locale, version, currency, gravatar, siteZone]);
}
