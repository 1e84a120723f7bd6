import {
  columnOrderingFeature,
  columnResizingFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  metaHelper,
  rowPaginationFeature,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import type { CustomerPartial } from '../../../api/schemas/customer';

// Only the features the grid uses, and no client row models: the store pages, sorts and filters,
// so the table just lays out the page it is given (manualPagination / manualSorting).

export interface GridColumnMeta {
  /** What screen readers and the columns menu call the column. */
  label: string;
  numeric?: boolean;
}

export const gridFeatures = tableFeatures({
  columnVisibilityFeature,
  columnOrderingFeature,
  columnSizingFeature,
  columnResizingFeature,
  rowSortingFeature,
  rowPaginationFeature,
  rowSelectionFeature,
  columnMeta: metaHelper<GridColumnMeta>(),
});

export type GridFeatures = typeof gridFeatures;
export type GridRow = CustomerPartial;

export const gridColumnHelper = createColumnHelper<GridFeatures, GridRow>();

/** The checkbox column's id; it is neither hideable, movable nor sortable. */
export const SELECT_COLUMN = 'select';

/** The row actions column (delete); last, and like the checkbox column fixed in place. */
export const ACTIONS_COLUMN = 'actions';
