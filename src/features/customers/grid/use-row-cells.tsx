import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiVersion } from '../../../api/client';
import { roleLabel } from '../../../lib/customer-text';
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
): RowCellsText {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const cellLocale = { t, locale };
    const cells: Record<GridColumnId, CellRenderer> = {
      id: (c) => c.id,
      name: (c, name) => <NameCell customer={c} name={name} t={t} gravatar={gravatar} />,
      email: (c) => c.email,
      username: (c) => c.username,
      role: (c) => roleLabel(c.role, t),
      location: (c) => <LocationCell customer={c} locale={locale} />,
      orders: (c) => c.orders_count,
      spent: (c) => moneyText(c.total_spent, currency, locale),
      paying: (c) => payingLabel(c.is_paying_customer, t),
      lastOrder: (c) => <LastOrderCell customer={c} t={t} locale={locale} />,
      registered: (c) => registeredText(c, version, cellLocale),
    };
    return {
      cells,
      selectLabel: (name, id) => t('customers.selection.row', { name: name || `#${id}` }),
    };
  }, [t, locale, version, currency, gravatar]);
}
