import { useMemo } from 'react';
import { functionalUpdate, useTable, type RowSelectionState } from '@tanstack/react-table';
import type { CustomerSelectionApi } from '../../../selection/customer-selection';
import { cleanSizes, completeOrder, type ColumnPrefs } from './column-prefs';
import { COLUMN_SPECS, GRID_COLUMNS, columnForOrderby, isGridColumnId } from './grid-columns';
import type { GridColumnId } from './grid-columns';
import type { GridState } from './grid-params';
import type { PageSize } from '../../../lib/paging';
import { ACTIONS_COLUMN, gridFeatures, SELECT_COLUMN, type GridRow } from './grid-table-features';
import type { useGridColumns } from './use-grid-columns';
import type { GridStateApi } from './use-grid-state';

function sortingOf(state: GridState) {
  const column = columnForOrderby(state.orderby);
  return column ? [{ id: column, desc: state.order === 'desc' }] : [];
}

function paginationOf(state: GridState) {
  return { pageIndex: state.page - 1, pageSize: state.perPage };
}

interface Options {
  grid: GridStateApi;
  prefs: ColumnPrefs;
  changePrefs(patch: Partial<ColumnPrefs>): void;
  hidden: GridColumnId[];
  setHidden(hidden: GridColumnId[]): void;
  columns: ReturnType<typeof useGridColumns>;
  rows: GridRow[];
  total: number;
  selection: CustomerSelectionApi;
}

// Every slice of table state is owned outside the table: view state by the URL, layout by the
// browser's preferences, selection by the selection context. The table turns clicks on headers,
// checkboxes and resize handles into changes of those owners.
export function useGridTable(options: Options) {
  const { grid, prefs, changePrefs, hidden, setHidden, columns, rows, total, selection } = options;
  const { state, update } = grid;

  const sorting = useMemo(() => sortingOf(state), [state]);
  const pagination = paginationOf(state);
  const columnVisibility = useMemo(
    () => Object.fromEntries(hidden.map((id) => [id, false])),
    [hidden],
  );
  const columnOrder = useMemo(() => [SELECT_COLUMN, ...prefs.order, ACTIONS_COLUMN], [prefs.order]);
  const rowSelection = useMemo<RowSelectionState>(() => {
    const { selection: current } = selection;
    const ids = current.kind === 'ids' ? [...current.ids] : rows.map((row) => row.id);
    return Object.fromEntries(ids.map((id) => [String(id), true]));
  }, [selection, rows]);

  return useTable({
    features: gridFeatures,
    columns,
    data: rows,
    getRowId: (row) => String(row.id),
    manualSorting: true,
    manualPagination: true,
    rowCount: total,
    enableMultiSort: false,
    enableSortingRemoval: false,
    columnResizeMode: 'onChange',
    state: {
      sorting,
      pagination,
      columnVisibility,
      columnOrder,
      columnSizing: prefs.sizes,
      rowSelection,
    },
    // Both build on the latest requested URL (see useGridState): quick clicks add up.
    onSortingChange: (updater) =>
      update((latest) => {
        const [next] = functionalUpdate(updater, sortingOf(latest));
        const orderby = next && isGridColumnId(next.id) ? COLUMN_SPECS[next.id].orderby : undefined;
        // A new order makes the old page number meaningless.
        return orderby ? { orderby, order: next?.desc ? 'desc' : 'asc', page: 1 } : {};
      }),
    onPaginationChange: (updater) =>
      update((latest) => {
        const next = functionalUpdate(updater, paginationOf(latest));
        return next.pageSize === latest.perPage
          ? { page: next.pageIndex + 1 }
          : { perPage: next.pageSize as PageSize, page: 1 };
      }),
    onColumnVisibilityChange: (updater) => {
      const next = functionalUpdate(updater, columnVisibility);
      setHidden(GRID_COLUMNS.filter((id) => next[id] === false));
    },
    onColumnOrderChange: (updater) => {
      const next = functionalUpdate(updater, columnOrder).filter(isGridColumnId);
      changePrefs({ order: completeOrder(next) });
    },
    onColumnSizingChange: (updater) => {
      changePrefs({ sizes: cleanSizes(functionalUpdate(updater, prefs.sizes)) });
    },
    onRowSelectionChange: (updater) => {
      const next = functionalUpdate(updater, rowSelection);
      selection.setIds(
        Object.keys(next)
          .filter((id) => next[id])
          .map(Number),
      );
    },
  });
}
