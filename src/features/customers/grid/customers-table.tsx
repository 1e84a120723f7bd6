import type { ReactNode } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import type { ReactTable, TableState } from '@tanstack/react-table';
import { useRowDelete } from '../../customer-delete/public';
import type { Density } from './column-prefs';
import { GridBody } from './grid-body';
import { GRID_HEAD_CLASS } from './grid-head-styles';
import type { RowCellsText } from './use-row-cells';
import { GridHeaderCell } from './grid-header-cell';
import type { GridFeatures, GridRow } from './grid-table-features';

interface CustomersTableProps {
  table: ReactTable<GridFeatures, GridRow, TableState<GridFeatures>>;
  density: Density;
  busy: boolean;
  skeletonRows: number | false;
  message?: ReactNode;
  onOpen(id: number): void;
  columns: readonly string[];
  cells: RowCellsText;
}

/**
 * The table scrolls sideways inside its own box, so on a narrow screen the page itself does not.
 * Fixed layout with the model's widths: what the resize handles say is what the columns get.
 * Plain table elements styled by grid-head.css and grid-body.css, not MUI's Table parts.
 */
export function CustomersTable(props: CustomersTableProps) {
  const { table, density, busy, skeletonRows, message, onOpen, columns, cells } = props;
  const { t } = useTranslation();
  const rowDelete = useRowDelete();
  return (
    <>
      {rowDelete.host}
      <div className={GRID_HEAD_CLASS.frame}>
        <table
          className={GRID_HEAD_CLASS.table}
          data-density={density}
          aria-label={t('customers.title')}
          aria-busy={busy}
          style={{ minWidth: table.getTotalSize() }}
        >
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <GridHeaderCell key={header.id} header={header} />
                ))}
              </tr>
            ))}
          </thead>
          <GridBody
            table={table}
            density={density}
            skeletonRows={skeletonRows}
            message={message}
            onOpen={onOpen}
            columns={columns}
            cells={cells}
            rowDelete={rowDelete}
          />
        </table>
      </div>
    </>
  );
}
