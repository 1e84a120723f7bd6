import { Suspense, useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { useAppLocation, useNavigate } from '../../../routes/navigation';
import { paths } from '../../../routes/paths';
import { BusyBar } from '../../../components/busy-bar';
import { SelectionBar } from '../selection/selection-bar';
import { ColumnsMenu } from './columns-menu';
import { CustomersTable } from './customers-table';
import { FilterChips } from './filter-chips';
import type { FilterChoice } from './filters-dialog';
import { intentProps, lazyWithPreload } from '../../../components/lazy-with-preload';
import { GridPagination } from './grid-pagination';
import { DEFAULT_FILTERS, hasActiveFilters, pickFilters, type GridFilters } from './grid-params';
import { EmptyMessage, ErrorMessage } from '../../../components/status-messages';
import { GridToolbar } from './grid-toolbar';
import { supportsFilter } from './grid-query';
import { SearchField } from '../../../components/search-field';
import { useCustomersGrid } from './use-customers-grid';
import type { GridStateApi } from './use-grid-state';
import './customers-grid.css';
import { withMui } from '../../../theme/with-mui';

const FiltersDialog = lazyWithPreload(
  withMui(() => import('./filters-dialog').then((m) => m.FiltersDialog)),
);

// The grid's parts one under another, 12px apart, as MUI's Stack spaced them, in plain elements
// drawn by a static stylesheet (customers-grid.css): the grid's chunk needs no Stack, Box or
// Typography, and nothing is built while it renders.

// Enough placeholder rows to reach past the bottom of a desktop screen, even compact: the
// pagination below then never shows first and jumps down when the rows arrive (layout shift).
// grid-body.css always draws as many rows at once (the rest may skip layout off screen).
const MAX_SKELETON_ROWS = 20;

interface CustomersGridProps {
  grid: GridStateApi;
  /** Replaces the search box's hint (e.g. to point at advanced search where the store has it). */
  searchHint?: ReactNode;
  /** The saved-views menu, shown in the toolbar. */
  views?: ReactNode;
}

export function CustomersGrid({ grid, searchHint, views }: CustomersGridProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useAppLocation();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const {
    table,
    rowColumns,
    cells,
    query,
    rows,
    total,
    prefs,
    changePrefs,
    resetLayout,
    version,
    noCurrency,
  } = useCustomersGrid(grid);
  const { state, update, setFilters } = grid;
  const filters = pickFilters(state);
  const filtered = hasActiveFilters(filters);
  const showRole = supportsFilter('role', version);

  // Starting a search is a step Back can undo; refining it replaces the step instead of adding one
  // history entry per pause in typing.
  const previousSearch = state.search;
  const onSearch = useCallback(
    (search: string) => setFilters({ search }, { replace: previousSearch !== '' }),
    [setFilters, previousSearch],
  );
  const onFilterChange = (patch: Partial<GridFilters>) => setFilters(patch);
  const clearFilters = () => setFilters(DEFAULT_FILTERS);
  const applyFilters = ({ filters: next, includeOrder }: FilterChoice) => {
    const orderby = includeOrder ? 'include' : state.orderby === 'include' ? 'name' : state.orderby;
    update({ ...next, orderby, page: 1 });
    setFiltersOpen(false);
  };
  // The grid's URL rides along, so the detail page can lead back to exactly this view.
  const open = (id: number) =>
    void navigate(paths.customer(id), { state: { gridSearch: location.search } });

  const message =
    query.isError && !query.data ? (
      <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
    ) : query.data?.items.length === 0 ? (
      <EmptyMessage filtered={filtered} onClear={clearFilters} />
    ) : undefined;

  return (
    <div className="cd-grid-column">
      <GridToolbar
        search={<SearchField value={state.search} onCommit={onSearch} hint={searchHint} />}
        columnsMenu={<ColumnsMenu table={table} onReset={resetLayout} />}
        onOpenFilters={() => setFiltersOpen(true)}
        filtersIntent={intentProps(FiltersDialog.preload)}
        density={prefs.density}
        onDensity={(density) => changePrefs({ density })}
        views={views}
      />
      <FilterChips
        filters={filters}
        showRole={showRole}
        onChange={onFilterChange}
        onClearAll={clearFilters}
      />
      <SelectionBar
        total={total}
        pageRows={rows.length}
        pageFullySelected={table.getIsAllPageRowsSelected()}
      />
      {noCurrency && <p className="cd-grid-note">{t('customers.noCurrency')}</p>}
      {query.isError && query.data && (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      )}
      {/* The busy bar lies over the table's top edge. */}
      <div className="cd-grid-table-box">
        {query.isFetching && query.isPlaceholderData && <BusyBar label={t('customers.loading')} />}
        <CustomersTable
          table={table}
          density={prefs.density}
          busy={query.isFetching}
          skeletonRows={
            query.isPending && !query.isError && Math.min(state.perPage, MAX_SKELETON_ROWS)
          }
          message={message}
          onOpen={open}
          columns={rowColumns}
          cells={cells}
        />
      </div>
      <GridPagination table={table} shown={rows.length} />
      {filtersOpen && (
        <Suspense fallback={null}>
          <FiltersDialog
            open
            showRole={showRole}
            initial={{ filters, includeOrder: state.orderby === 'include' }}
            onApply={applyFilters}
            onClose={() => setFiltersOpen(false)}
          />
        </Suspense>
      )}
    </div>
  );
}
