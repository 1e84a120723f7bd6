import { useMemo } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import type { ApiVersion } from '../../../api/client';
import {
  ACTIONS_COLUMN_SIZE,
  COLUMN_SPECS,
  columnsFor,
  SELECT_COLUMN_SIZE,
  type GridColumnId,
} from './grid-columns';
import { MAX_COLUMN_SIZE, MIN_COLUMN_SIZE } from './column-prefs';
import { GRID_CLASS } from './grid-body-styles';
import { GRID_HEAD_CLASS } from './grid-head-styles';
import { ACTIONS_COLUMN, gridColumnHelper as h, SELECT_COLUMN } from './grid-table-features';

/**
 * The grid's column model for this API version: headers, sizes, order, sorting and visibility.
 * The body's cells are drawn by GridRow from `useRowCells`, not through the table per cell.
 */
export function useGridColumns(version: ApiVersion) {
  // A new language gives a new `t`, which rebuilds the headers.
  const { t } = useTranslation();

  return useMemo(() => {
    const dataColumn = (id: GridColumnId) => {
      const spec = COLUMN_SPECS[id];
      const label = t(`customers.columns.${id}`);
      // Accessors exist only so the table lets the column sort; the store does the sorting.
      return h.accessor((row) => row.id, {
        id,
        header: label,
        size: spec.size,
        minSize: MIN_COLUMN_SIZE,
        maxSize: MAX_COLUMN_SIZE,
        enableSorting: spec.orderby !== undefined,
        enableHiding: spec.hideable,
        meta: { label, numeric: NUMERIC_COLUMNS.has(id) },
      });
    };
    const select = h.display({
      id: SELECT_COLUMN,
      size: SELECT_COLUMN_SIZE,
      enableResizing: false,
      enableHiding: false,
      meta: { label: t('customers.selection.column') },
      header: ({ table }) => (
        // A native box, like the rows' own: the same look, and no MUI Checkbox on the first load.
        <label className={GRID_CLASS.checkAll}>
          <input
            type="checkbox"
            ref={(input) => {
              if (input) input.indeterminate = table.getIsSomePageRowsSelected();
            }}
            checked={table.getIsAllPageRowsSelected()}
            onChange={table.getToggleAllPageRowsSelectedHandler()}
            disabled={table.getRowModel().rows.length === 0}
            aria-label={t('customers.selection.page')}
          />
        </label>
      ),
    });
    const actions = h.display({
      id: ACTIONS_COLUMN,
      size: ACTIONS_COLUMN_SIZE,
      enableResizing: false,
      enableHiding: false,
      meta: { label: t('customers.columns.actions') },
      // Named for screen readers (an empty header cell says nothing), invisible on screen.
      header: () => (
        <span className={GRID_HEAD_CLASS.srOnly}>{t('customers.columns.actions')}</span>
      ),
    });
    return h.columns([select, ...columnsFor(version).map(dataColumn), actions]);
  }, [t, version]);
}

/** Right-aligned, like numbers in any table. */
export const NUMERIC_COLUMNS: ReadonlySet<string> = new Set<GridColumnId>([
  'id',
  'orders',
  'spent',
]);
