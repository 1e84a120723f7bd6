import type { KeyboardEvent } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { FlexRender, type Header } from '@tanstack/react-table';
import { COLUMN_SPECS, isGridColumnId } from './grid-columns';
import { GRID_HEAD_CLASS } from './grid-head-styles';
import {
  ACTIONS_COLUMN,
  SELECT_COLUMN,
  type GridFeatures,
  type GridRow,
} from './grid-table-features';

type GridHeader = Header<GridFeatures, GridRow, unknown>;

const RESIZE_STEP = 16;

/** First click: names A→Z, ids low→high, newest registrations first; then the other way. */
function firstDirectionIsDesc(columnId: string): boolean {
  return isGridColumnId(columnId) && COLUMN_SPECS[columnId].orderby === 'registered_date';
}

/** The header cell's classes: what kind of column it heads (see grid-head.css). */
function cellClass(columnId: string, numeric: boolean | undefined): string | undefined {
  if (columnId === SELECT_COLUMN) return GRID_HEAD_CLASS.checkbox;
  if (columnId === ACTIONS_COLUMN) return GRID_HEAD_CLASS.sticky;
  return numeric ? GRID_HEAD_CLASS.numeric : undefined;
}

/** MUI's ArrowDownward, pointing down; the stylesheet turns it up for ascending. */
const SORT_ARROW = (
  <svg className={GRID_HEAD_CLASS.sortIcon} viewBox="0 0 24 24" aria-hidden focusable="false">
    <path d="M20 12l-1.41-1.41L13 16.17V4h-2v12.17l-5.58-5.59L4 12l8 8 8-8z" />
  </svg>
);

export function GridHeaderCell({ header }: { header: GridHeader }) {
  const { t } = useTranslation();
  const { column } = header;
  const meta = column.columnDef.meta;
  const label = meta?.label ?? column.id;
  const sorted = column.getIsSorted();
  const content = header.isPlaceholder ? null : <FlexRender header={header} />;

  // Decided from the latest requested sort (the updater's `old`), not from what is rendered:
  // a quick second click, before the first has rendered, must flip the order again.
  const toggleSort = () =>
    header.getContext().table.setSorting((old) => {
      const current = old.find((sort) => sort.id === column.id);
      return [{ id: column.id, desc: current ? !current.desc : firstDirectionIsDesc(column.id) }];
    });

  // The drag handle is also a keyboard control: a focusable separator moved with the arrow keys.
  const onResizeKey = (event: KeyboardEvent) => {
    const by = { ArrowLeft: -RESIZE_STEP, ArrowRight: RESIZE_STEP }[event.key];
    if (by === undefined) return;
    event.preventDefault();
    header
      .getContext()
      .table.setColumnSizing((sizes) => ({ ...sizes, [column.id]: column.getSize() + by }));
  };

  return (
    <th
      scope="col"
      className={cellClass(column.id, meta?.numeric)}
      title={label}
      aria-sort={sorted ? (sorted === 'asc' ? 'ascending' : 'descending') : undefined}
    >
      {column.getCanSort() ? (
        <button
          type="button"
          className={GRID_HEAD_CLASS.sort}
          data-active={sorted ? '' : undefined}
          data-direction={sorted || 'asc'}
          onClick={toggleSort}
        >
          {content}
          {sorted && (
            <span className={GRID_HEAD_CLASS.srOnly}>
              {` ${sorted === 'asc' ? t('customers.sortedAsc') : t('customers.sortedDesc')}`}
            </span>
          )}
          {SORT_ARROW}
        </button>
      ) : (
        content
      )}
      {column.getCanResize() && (
        <div
          className={GRID_HEAD_CLASS.resize}
          data-resizing={column.getIsResizing() ? '' : undefined}
          role="separator"
          aria-orientation="vertical"
          aria-label={t('customers.resize', { column: label })}
          aria-valuenow={column.getSize()}
          tabIndex={0}
          onMouseDown={header.getResizeHandler()}
          onTouchStart={header.getResizeHandler()}
          onKeyDown={onResizeKey}
          onDoubleClick={() => column.resetSize()}
        />
      )}
    </th>
  );
}
