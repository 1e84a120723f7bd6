import type { KeyboardEvent, ReactNode } from 'react';
import Skeleton from '@mui/material/Skeleton';
import TableBody from '@mui/material/TableBody';
import TableCell, { tableCellClasses } from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { FlexRender, type ReactTable, type TableState } from '@tanstack/react-table';
import {
  ACTIONS_COLUMN,
  SELECT_COLUMN,
  STICKY_END_SX,
  type GridFeatures,
  type GridRow,
} from './grid-table-features';

type GridTable = ReactTable<GridFeatures, GridRow, TableState<GridFeatures>>;

interface GridBodyProps {
  table: GridTable;
  /** Skeleton rows to show before the first page has arrived. */
  skeletonRows: number | false;
  /** Shown across the whole width instead of rows (empty or error state). */
  message?: ReactNode;
  onOpen(id: number): void;
}

const ACTIONS_CELL_CLASS = 'grid-actions-cell';

// Styled once on the body rather than per cell: a 100-row page has over a thousand cells, and an
// `sx` on each was serialised by emotion on every render (a large share of a page flip's time).
const rowsSx = {
  '& > tr': {
    cursor: 'pointer',
    '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 },
  },
  '& > tr > td': { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  // Narrower than MUI's 16px: a dozen columns should fit a laptop screen.
  [`& > tr > td:not(.${tableCellClasses.paddingCheckbox})`]: { px: 1.5 },
  [`& > tr > td.${ACTIONS_CELL_CLASS}`]: { ...STICKY_END_SX, px: 0.5 },
} as const;

export function GridBody({ table, skeletonRows, message, onOpen }: GridBodyProps) {
  const columns = table.getVisibleLeafColumns();

  if (skeletonRows !== false) {
    return (
      <TableBody aria-hidden>
        {Array.from({ length: skeletonRows }, (_, index) => (
          <TableRow key={index}>
            {columns.map((column) => (
              <TableCell key={column.id}>
                <Skeleton variant="text" />
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    );
  }
  if (message) {
    return (
      <TableBody>
        <TableRow>
          <TableCell colSpan={columns.length} sx={{ py: 6, borderBottom: 0 }}>
            {message}
          </TableCell>
        </TableRow>
      </TableBody>
    );
  }

  // Enter opens the row only when the row itself has focus, not a checkbox or link inside it.
  const onKeyDown = (event: KeyboardEvent, id: number) => {
    if (event.key === 'Enter' && event.target === event.currentTarget) onOpen(id);
  };

  return (
    <TableBody sx={rowsSx}>
      {table.getRowModel().rows.map((row) => {
        const id = row.original.id ?? 0;
        return (
          <TableRow
            key={row.id}
            hover
            selected={row.getIsSelected()}
            tabIndex={0}
            onClick={() => onOpen(id)}
            onKeyDown={(event) => onKeyDown(event, id)}
          >
            {row.getVisibleCells().map((cell) => (
              <TableCell
                key={cell.id}
                padding={cell.column.id === SELECT_COLUMN ? 'checkbox' : 'normal'}
                align={cell.column.columnDef.meta?.numeric ? 'right' : 'left'}
                className={cell.column.id === ACTIONS_COLUMN ? ACTIONS_CELL_CLASS : undefined}
              >
                <FlexRender cell={cell} />
              </TableCell>
            ))}
          </TableRow>
        );
      })}
    </TableBody>
  );
}
