import {
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  type ChangeEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import type { ReactTable, TableState } from '@tanstack/react-table';
import {
  shortcutFor,
  useShortcuts,
  type ShortcutHandler,
} from '../../../components/shortcut-listener';
import { isRowDeleteTarget, type RowDeleteApi } from '../../customer-delete/public';
import type { Density } from './column-prefs';
import { GRID_CLASS } from './grid-body-styles';
import { GRID_HEAD_CLASS } from './grid-head-styles';
import { GridRow as Row, type RowKit } from './grid-row';
import type { GridFeatures, GridRow } from './grid-table-features';
import type { RowCellsText } from './use-row-cells';

type GridTable = ReactTable<GridFeatures, GridRow, TableState<GridFeatures>>;

interface GridBodyProps {
  table: GridTable;
  density: Density;
  /** Skeleton rows to show before the first page has arrived. */
  skeletonRows: number | false;
  /** Shown across the whole width instead of rows (empty or error state). */
  message?: ReactNode;
  onOpen(id: number): void;
  /** Visible column ids in screen order; the same array while the layout stays (see GridRow). */
  columns: readonly string[];
  cells: RowCellsText;
  rowDelete: Pick<RowDeleteApi, 'canDelete' | 'labelFor' | 'request' | 'preload'>;
}

/** The `<tr data-id>` an event happened in, with its customer id. */
function rowOf(target: EventTarget): { row: HTMLElement; id: number } | undefined {
  const row = target instanceof Element ? target.closest<HTMLElement>('tr[data-id]') : null;
  return row ? { row, id: Number(row.dataset.id) } : undefined;
}

// The row that last had the focus, kept across screens: back from a customer, `j` goes on from it.
let lastRowId: string | undefined;

/**
 * `j`/`k` and the arrows move the focus from row to row (the `<tr>` itself). It stops at the
 * page's first and last rows rather than wrapping or turning the page: a held key must not race
 * through pages of requests, and the pagination is the next thing below. From outside the grid,
 * `j`/`k` come back to the last focused row (else the first); the arrows are then left to scroll
 * the page.
 */
function moveInRows(
  body: HTMLElement | null,
  id: string,
  event: { key: string; target: EventTarget | null },
): boolean {
  if (!body || (id !== 'next' && id !== 'previous')) return false;
  const rows = [...body.querySelectorAll<HTMLElement>(':scope > tr[data-id]')];
  const current = event.target ? rowOf(event.target)?.row : undefined;
  const index = current ? rows.indexOf(current) : -1;
  const arrow = event.key.startsWith('Arrow');
  if (index < 0) {
    const back = rows.find((row) => row.dataset.id === lastRowId) ?? rows[0];
    if (arrow || !back) return false;
    back.focus();
    return true;
  }
  const next = rows[index + (id === 'next' ? 1 : -1)];
  next?.focus();
  // At the last row an arrow still scrolls the page (down to the pagination); a letter does nothing.
  return next !== undefined || !arrow;
}

export function GridBody(props: GridBodyProps) {
  const { table, density, skeletonRows, message, onOpen, columns, cells, rowDelete } = props;
  const { canDelete, labelFor, request, preload } = rowDelete;
  const visible = table.getVisibleLeafColumns();

  // Handlers run after the render that committed, so this is the table the person sees.
  const latest = useRef(table);
  useLayoutEffect(() => {
    latest.current = table;
  });
  const onToggle = useCallback((event: ChangeEvent<HTMLInputElement>) => {
    const found = rowOf(event.currentTarget);
    if (found) latest.current.getRow(String(found.id)).toggleSelected(event.currentTarget.checked);
  }, []);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const onShortcut = useCallback<ShortcutHandler>(
    (id, event) => moveInRows(bodyRef.current, id, event),
    [],
  );
  useShortcuts(onShortcut);
  const kit = useMemo<RowKit>(
    () => ({ ...cells, deleteLabel: canDelete ? labelFor : undefined, onToggle }),
    [cells, canDelete, labelFor, onToggle],
  );

  if (skeletonRows !== false) {
    return (
      <tbody className={GRID_CLASS.body} data-density={density} aria-hidden>
        {Array.from({ length: skeletonRows }, (_, index) => (
          <tr key={index}>
            {visible.map((column) => (
              <td key={column.id}>
                <span className={GRID_CLASS.skeleton} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    );
  }
  if (message) {
    return (
      <tbody>
        <tr>
          <td colSpan={visible.length} className={GRID_HEAD_CLASS.message}>
            {message}
          </td>
        </tr>
      </tbody>
    );
  }

  // One listener for every row: a click opens the customer (with the way back to this view),
  // except on the checkbox's cell, which selects, and on the delete button, which asks first.
  // Ctrl/⌘/Shift-click on the name's link is left to the browser (a new tab or window).
  const onClick = (event: MouseEvent) => {
    const found = rowOf(event.target);
    if (!found) return;
    const target = event.target as Element;
    if (target.closest(`.${GRID_CLASS.check}`)) return;
    if (isRowDeleteTarget(target)) {
      const customer = latest.current.getRow(String(found.id)).original;
      request({ ...customer, id: found.id });
      return;
    }
    const modified = event.ctrlKey || event.metaKey || event.shiftKey || event.altKey;
    if (modified && target.closest('a')) return;
    event.preventDefault();
    onOpen(found.id);
  };
  // Enter opens the row only when the row itself has focus (links and buttons click themselves).
  const onKeyDown = (event: KeyboardEvent) => {
    const found = rowOf(event.target);
    if (found && found.row === event.target && shortcutFor(event.nativeEvent) === 'open') {
      onOpen(found.id);
    }
  };
  // The delete dialog's code starts loading when a delete button is pointed at or focused.
  const onIntent = (event: { target: EventTarget }) => {
    if (isRowDeleteTarget(event.target)) preload();
  };
  const onFocus = (event: { target: EventTarget }) => {
    onIntent(event);
    const found = rowOf(event.target);
    if (found) lastRowId = found.row.dataset.id;
  };

  return (
    <tbody
      ref={bodyRef}
      className={GRID_CLASS.body}
      data-density={density}
      onClick={onClick}
      onKeyDown={onKeyDown}
      onPointerOver={onIntent}
      onFocus={onFocus}
    >
      {/* Keyed by position, not by customer: a page flip then rewrites the text and attributes
          of the rows already in the DOM instead of removing 100 rows and building 100 new ones. */}
      {table.getRowModel().rows.map((row, position) => (
        <Row
          key={position}
          customer={row.original}
          selected={row.getIsSelected()}
          columns={columns}
          kit={kit}
        />
      ))}
    </tbody>
  );
}
