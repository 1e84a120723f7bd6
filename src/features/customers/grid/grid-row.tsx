import { memo, type ChangeEvent } from 'react';
import { RowDeleteButton } from '../../customer-delete/public';
import { customerName } from '../../../lib/customer-text';
import { GRID_CLASS } from './grid-body-styles';
import { ACTIONS_COLUMN, SELECT_COLUMN, type GridRow as Customer } from './grid-table-features';
import type { GridColumnId } from './grid-columns';
import type { RowCellsText } from './use-row-cells';
import { NUMERIC_COLUMNS } from './use-grid-columns';

/** Everything a row draws with that is the same for every row: one object, stable between renders. */
export interface RowKit extends RowCellsText {
  /** The delete button's name for a customer; absent when this key may not delete. */
  deleteLabel?: (customer: Customer) => string;
  /** The row checkbox's change; the row's id is on the `<tr>` (`data-id`). */
  onToggle(event: ChangeEvent<HTMLInputElement>): void;
}

interface GridRowProps {
  customer: Customer;
  selected: boolean;
  /** Visible column ids in screen order; the same array until the layout changes. */
  columns: readonly string[];
  kit: RowKit;
}

/**
 * One body row in plain table elements: no hooks, no `sx`, no MUI buttons; styles are the class
 * names of grid-body.css. Memoised, so selecting one row redraws that row alone. Clicks, Enter
 * and the delete button are handled by GridBody's listeners, not one per row.
 */
function GridRowView({ customer, selected, columns, kit }: GridRowProps) {
  const id = customer.id;
  const name = customerName(customer);
  return (
    <tr tabIndex={0} data-id={id} data-selected={selected || undefined}>
      {columns.map((column) => {
        if (column === SELECT_COLUMN) {
          return (
            <td key={column} className={GRID_CLASS.check}>
              <label>
                <input
                  type="checkbox"
                  checked={selected}
                  onChange={kit.onToggle}
                  aria-label={kit.selectLabel(name, id)}
                />
              </label>
            </td>
          );
        }
        if (column === ACTIONS_COLUMN) {
          return (
            <td key={column} className={GRID_CLASS.actions}>
              {kit.deleteLabel && id !== undefined && (
                <RowDeleteButton label={kit.deleteLabel(customer)} />
              )}
            </td>
          );
        }
        return (
          <td key={column} className={NUMERIC_COLUMNS.has(column) ? GRID_CLASS.numeric : undefined}>
            {kit.cells[column as GridColumnId](customer, name)}
          </td>
        );
      })}
    </tr>
  );
}

export const GridRow = memo(GridRowView);
