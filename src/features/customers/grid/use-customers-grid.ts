import { useCallback, useMemo } from 'react';
import type { CustomerPartial } from '../../../api/schemas/customer';
import { useApiClient } from '../../../session/api-client-context';
import { useRuntimeConfig } from '../../../config/runtime-config-context';
import { usePendingDeleteIds } from '../../customer-delete/public';
import { useStoreCurrency } from '../../../queries/store-currency';
import { useSiteTimeZone } from '../../../queries/use-store-site';
import { useCustomerSelection } from '../../../selection/customer-selection';
import { DEFAULT_COLUMN_PREFS } from './column-prefs';
import { fieldsFor, type GridColumnId } from './grid-columns';
import { visibleColumns } from './grid-list-params';
import type { GridStateApi } from './use-grid-state';
import { useColumnPrefs } from './use-column-prefs';
import { useGridColumns } from './use-grid-columns';
import { useRowCells } from './use-row-cells';
import { useGridData } from './use-grid-data';
import { useGridTable } from './use-grid-table';
import { ACTIONS_COLUMN, SELECT_COLUMN } from './grid-table-features';

const NO_ROWS: CustomerPartial[] = [];

/** Wires the grid together: URL state, layout prefs, the page query and the headless table. */
export function useCustomersGrid(grid: GridStateApi) {
  const { version } = useApiClient().config;
  const selection = useCustomerSelection();
  const { prefs, change } = useColumnPrefs();
  // A link that names hidden columns wins; otherwise this browser's own choice.
  const hidden = grid.state.hidden ?? prefs.hidden;
  const visible = useMemo(() => visibleColumns(version, hidden), [version, hidden]);
  const { avatars } = useRuntimeConfig().config;
  const fields = useMemo(() => fieldsFor(visible, version, avatars), [visible, version, avatars]);
  const query = useGridData(grid, fields);
  const moneyShown = visible.includes('spent');
  const currency = useStoreCurrency(moneyShown);
  const columns = useGridColumns(version);
  const siteZone = useSiteTimeZone(version === 'v1' && visible.includes('registered'));
  const cells = useRowCells(version, currency.currency, avatars === 'gravatar', siteZone);
  const { update } = grid;
  // What each body row draws, in screen order: a new array only when the layout changes, so a
  // memoised row is not redrawn by an unrelated change (a selection elsewhere, a resize).
  const rowColumns = useMemo(
    () => [SELECT_COLUMN, ...prefs.order.filter((id) => visible.includes(id)), ACTIONS_COLUMN],
    [prefs.order, visible],
  );

  const setHidden = useCallback(
    (next: GridColumnId[]) => {
      update({ hidden: next });
      change({ hidden: next });
    },
    [update, change],
  );

  const resetLayout = useCallback(() => {
    change(DEFAULT_COLUMN_PREFS);
    update({ hidden: undefined });
  }, [change, update]);

  // Customers whose delete waits out its undo window are gone from the screen already.
  const pendingDeletes = usePendingDeleteIds();
  const loaded = query.data?.items ?? NO_ROWS;
  const rows = useMemo(
    () => (pendingDeletes.size ? loaded.filter((row) => !pendingDeletes.has(row.id ?? 0)) : loaded),
    [loaded, pendingDeletes],
  );
  const total = Math.max(0, (query.data?.total ?? 0) - (loaded.length - rows.length));
  const table = useGridTable({
    grid,
    prefs,
    changePrefs: change,
    hidden,
    setHidden,
    columns,
    rows,
    total,
    selection,
  });

  return {
    table,
    rowColumns,
    cells,
    query,
    rows,
    total,
    prefs,
    changePrefs: change,
    resetLayout,
    version,
    noCurrency: moneyShown && currency.settled && currency.currency === undefined,
  };
}
