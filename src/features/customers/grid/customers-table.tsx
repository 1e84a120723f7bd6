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
 * The grid template every row is laid out with (grid-head.css): each column at least its width,
 * and a share of the room left in proportion to it.
 */
function columnTracks(table: CustomersTableProps['table']): string {
  return table
    .getVisibleLeafColumns()
    .map((column) => {
      const size = column.getSize();
      return `minmax(${size}px, ${size}fr)`;
    })
    .join(' ');
}

/**
 * The table scrolls sideways inside its own box, so on a narrow screen the page itself does not.
 * The model's widths are the columns' widths: what the resize handles say is what they get.
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
          style={{ minWidth: table.getTotalSize(), ['--cd-cols' as string]: columnTracks(table) }}
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
