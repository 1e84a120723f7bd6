import type { KeyboardEvent } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import Box from '@mui/material/Box';
import TableCell from '@mui/material/TableCell';
import TableSortLabel from '@mui/material/TableSortLabel';
import { FlexRender, type Header } from '@tanstack/react-table';
import { visuallyHidden } from '../../../components/visually-hidden';
import { COLUMN_SPECS, isGridColumnId } from './grid-columns';
import {
  ACTIONS_COLUMN,
  SELECT_COLUMN,
  STICKY_END_SX,
  type GridFeatures,
  type GridRow,
} from './grid-table-features';

type GridHeader = Header<GridFeatures, GridRow, unknown>;

const RESIZE_STEP = 16;

/** First click: names A→Z, ids low→high, newest registrations first; then the other way. */
function firstDirectionIsDesc(columnId: string): boolean {
  return isGridColumnId(columnId) && COLUMN_SPECS[columnId].orderby === 'registered_date';
}

export function GridHeaderCell({ header }: { header: GridHeader }) {
  const { t } = useTranslation();
  const { column } = header;
  const label = column.columnDef.meta?.label ?? column.id;
  const sorted = column.getIsSorted();
  const isSelect = column.id === SELECT_COLUMN;
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
    <TableCell
      sx={{
        width: header.getSize(),
        px: isSelect ? undefined : 1.5,
        position: 'relative',
        ...(column.id === ACTIONS_COLUMN ? STICKY_END_SX : {}),
        whiteSpace: 'nowrap',
        overflow: 'hidden',
        textOverflow: 'ellipsis',
      }}
      title={label}
      align={column.columnDef.meta?.numeric ? 'right' : 'left'}
      aria-sort={sorted ? (sorted === 'asc' ? 'ascending' : 'descending') : undefined}
      padding={isSelect ? 'checkbox' : 'normal'}
    >
      {column.getCanSort() ? (
        <TableSortLabel active={Boolean(sorted)} direction={sorted || 'asc'} onClick={toggleSort}>
          {content}
          {sorted && (
            <Box component="span" sx={visuallyHidden}>
              {` ${sorted === 'asc' ? t('customers.sortedAsc') : t('customers.sortedDesc')}`}
            </Box>
          )}
        </TableSortLabel>
      ) : (
        content
      )}
      {column.getCanResize() && (
        <Box
          role="separator"
          aria-orientation="vertical"
          aria-label={t('customers.resize', { column: label })}
          aria-valuenow={column.getSize()}
          tabIndex={0}
          onMouseDown={header.getResizeHandler()}
          onTouchStart={header.getResizeHandler()}
          onKeyDown={onResizeKey}
          onDoubleClick={() => column.resetSize()}
          sx={{
            position: 'absolute',
            top: 0,
            right: 0,
            height: '100%',
            width: 8,
            cursor: 'col-resize',
            touchAction: 'none',
            userSelect: 'none',
            borderRight: 2,
            borderColor: column.getIsResizing() ? 'primary.main' : 'transparent',
            '&:hover, &:focus-visible': { borderColor: 'primary.main', outline: 'none' },
          }}
        />
      )}
    </TableCell>
  );
}
