import type { KeyboardEvent, ReactNode } from 'react';
import Skeleton from '@mui/material/Skeleton';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
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

const cellSx = {
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
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
    <TableBody>
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
            sx={{
              cursor: 'pointer',
              '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 },
            }}
          >
            {row.getVisibleCells().map((cell) => {
              const isSelect = cell.column.id === SELECT_COLUMN;
              return (
                <TableCell
                  key={cell.id}
                  padding={isSelect ? 'checkbox' : 'normal'}
                  align={cell.column.columnDef.meta?.numeric ? 'right' : 'left'}
                  // Narrower than MUI's 16px: a dozen columns should fit a laptop screen.
                  sx={
                    isSelect
                      ? cellSx
                      : cell.column.id === ACTIONS_COLUMN
                        ? { ...cellSx, ...STICKY_END_SX, px: 0.5 }
                        : { ...cellSx, px: 1.5 }
                  }
                >
                  <FlexRender cell={cell} />
                </TableCell>
              );
            })}
          </TableRow>
        );
      })}
    </TableBody>
  );
}
