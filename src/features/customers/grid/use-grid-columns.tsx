import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import type { ApiVersion } from '../../../api/client';
import { visuallyHidden } from '../../../components/visually-hidden';
import { COLUMN_SPECS, columnsFor, type GridColumnId } from './grid-columns';
import { MAX_COLUMN_SIZE, MIN_COLUMN_SIZE } from './column-prefs';
import { DeleteCustomerButton } from '../../customer-delete/public';
import {
  ACTIONS_COLUMN,
  gridColumnHelper as h,
  SELECT_COLUMN,
  type GridRow,
} from './grid-table-features';
import {
  LastOrderCell,
  LocationCell,
  moneyText,
  NameCell,
  payingLabel,
  registeredText,
} from './customer-cells';
import { customerName, roleLabel } from '../../../lib/customer-text';

type CellRenderer = (customer: GridRow) => ReactNode;

/** The grid's column definitions for this API version; stable until language or currency change. */
export function useGridColumns(version: ApiVersion, currency: string | undefined) {
  // A new language gives a new `t`, which rebuilds the headers and the cells.
  const { t, i18n } = useTranslation();
  const locale = i18n.language;

  return useMemo(() => {
    const cellLocale = { t, locale };
    const renderers: Record<GridColumnId, CellRenderer> = {
      id: (c) => c.id,
      name: (c) => <NameCell customer={c} t={t} />,
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
    const dataColumn = (id: GridColumnId) => {
      const spec = COLUMN_SPECS[id];
      const label = t(`customers.columns.${id}`);
      // Accessors exist only so the table lets the column sort; the store does the sorting.
      return h.accessor((row) => row.id, {
        id,
        header: label,
        cell: ({ row }) => renderers[id](row.original),
        size: spec.size,
        minSize: MIN_COLUMN_SIZE,
        maxSize: MAX_COLUMN_SIZE,
        enableSorting: spec.orderby !== undefined,
        enableHiding: spec.hideable,
        meta: { label, numeric: id === 'id' || id === 'orders' || id === 'spent' },
      });
    };
    const select = h.display({
      id: SELECT_COLUMN,
      size: 48,
      enableResizing: false,
      enableHiding: false,
      meta: { label: t('customers.selection.column') },
      header: ({ table }) => (
        <Checkbox
          size="small"
          checked={table.getIsAllPageRowsSelected()}
          indeterminate={table.getIsSomePageRowsSelected()}
          onChange={table.getToggleAllPageRowsSelectedHandler()}
          disabled={table.getRowModel().rows.length === 0}
          slotProps={{ input: { 'aria-label': t('customers.selection.page') } }}
        />
      ),
      cell: ({ row }) => (
        <Checkbox
          size="small"
          checked={row.getIsSelected()}
          onClick={(event) => event.stopPropagation()}
          onChange={row.getToggleSelectedHandler()}
          slotProps={{
            input: {
              'aria-label': t('customers.selection.row', {
                name: customerName(row.original) || `#${row.original.id}`,
              }),
            },
          }}
        />
      ),
    });
    const actions = h.display({
      id: ACTIONS_COLUMN,
      size: 56,
      enableResizing: false,
      enableHiding: false,
      meta: { label: t('customers.columns.actions') },
      // Named for screen readers (an empty header cell says nothing), invisible on screen.
      header: () => <Box sx={visuallyHidden}>{t('customers.columns.actions')}</Box>,
      cell: ({ row }) => {
        const { id } = row.original;
        return id === undefined ? null : (
          <DeleteCustomerButton customer={{ ...row.original, id }} variant="icon" />
        );
      },
    });
    return h.columns([select, ...columnsFor(version).map(dataColumn), actions]);
  }, [t, locale, version, currency]);
}
