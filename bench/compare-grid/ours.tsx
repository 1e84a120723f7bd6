import '../../src/app/locales/register';
import { createMemoryLocation } from '../../src/routes/hash-location';
import { AppRouter } from '../../src/routes/navigation';
import { DEFAULT_COLUMN_PREFS } from '../../src/features/customers/grid/column-prefs';
import { CustomersTable } from '../../src/features/customers/grid/customers-table';
import { columnsFor } from '../../src/features/customers/grid/grid-columns';
import { DEFAULT_GRID_STATE } from '../../src/features/customers/grid/grid-params';
import { useGridColumns } from '../../src/features/customers/grid/use-grid-columns';
import { useRowCells } from '../../src/features/customers/grid/use-row-cells';
import { useGridTable } from '../../src/features/customers/grid/use-grid-table';
import type { GridStateApi } from '../../src/features/customers/grid/use-grid-state';
import {
  CustomerSelectionProvider,
  useCustomerSelection,
} from '../../src/selection/customer-selection';
import { AppTheme } from './app-theme';
import { CUSTOMERS, ROW_COUNT, ROW_SELECTOR } from './customers';
import { renderAndTime } from './timing';

// The app's own table (columns, cells, headless table, MUI table) for a v3 store, fed the page
// directly: no store, no query, no toolbar or pagination. A read-only key's view: with no
// pending-deletes provider the row delete button is not offered.

const noop = () => undefined;
const GRID: GridStateApi = {
  state: { ...DEFAULT_GRID_STATE, perPage: 100 },
  update: noop,
  setFilters: noop,
};
const NO_FILTERS = {};
const ROW_COLUMNS = ['select', ...columnsFor('v3'), 'actions'];

function OursGrid() {
  const columns = useGridColumns('v3');
  const cells = useRowCells('v3', undefined, false);
  const selection = useCustomerSelection();
  const table = useGridTable({
    grid: GRID,
    prefs: DEFAULT_COLUMN_PREFS,
    changePrefs: noop,
    hidden: [],
    setHidden: noop,
    columns,
    rows: CUSTOMERS,
    total: CUSTOMERS.length,
    selection,
  });
  return (
    <CustomersTable
      table={table}
      density="comfortable"
      busy={false}
      skeletonRows={false}
      onOpen={noop}
      columns={ROW_COLUMNS}
      cells={cells}
    />
  );
}

renderAndTime(
  <AppTheme>
    <AppRouter source={createMemoryLocation('/customers')}>
      <CustomerSelectionProvider filters={NO_FILTERS}>
        <OursGrid />
      </CustomerSelectionProvider>
    </AppRouter>
  </AppTheme>,
  ROW_SELECTOR.ours,
  ROW_COUNT,
);
