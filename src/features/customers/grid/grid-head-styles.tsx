import GlobalStyles from '@mui/material/GlobalStyles';
import { visuallyHidden } from '../../../components/visually-hidden';

// The table's frame and header as one stylesheet, like the body's (grid-body-styles): plain
// <div>/<table>/<th>/<button> elements instead of MUI's TableContainer, Paper, Table, TableHead,
// TableRow, TableCell and TableSortLabel, which were 5 KB gzip of the grid's chunk for one header
// row. It draws what those drew: an outlined paper box with rounded corners that scrolls
// sideways, medium-weight header text on a divider line (16px or, compact, 6px above and below),
// and a sort arrow that shows faintly on hover, fully on the sorted column, and turns for
// descending. Colours are the theme's CSS variables, so light and dark follow the theme's class.

/** Class names of the frame and header, shared by the components and the stylesheet. */
export const GRID_HEAD_CLASS = {
  frame: 'cd-grid-frame',
  table: 'cd-grid-table',
  /** The select column's header cell (MUI's `padding="checkbox"`). */
  checkbox: 'cd-grid-th-check',
  numeric: 'cd-grid-th-num',
  /** The actions column's header cell, stuck to the right edge like the body's. */
  sticky: 'cd-grid-th-sticky',
  sort: 'cd-grid-sort',
  sortIcon: 'cd-grid-sort-icon',
  resize: 'cd-grid-resize',
  /** Read by screen readers, invisible on screen. */
  srOnly: 'cd-grid-sr-only',
  /** The empty or error state's cell, across the whole width. */
  message: 'cd-grid-message',
} as const;

const c = GRID_HEAD_CLASS;
const v = (name: string) => `var(--mui-palette-${name})`;
const th = `.${c.table} > thead > tr > th`;
// MUI's standard easing at its "shorter" duration, as TableSortLabel turns and fades its arrow.
const ease = '200ms cubic-bezier(0.4, 0, 0.2, 1)';

const styles = {
  [`.${c.frame}`]: {
    width: '100%',
    overflowX: 'auto',
    color: v('text-primary'),
    backgroundColor: v('background-paper'),
    border: `1px solid ${v('divider')}`,
    borderRadius: 'var(--mui-shape-borderRadius)',
  },
  [`.${c.table}`]: {
    display: 'table',
    width: '100%',
    tableLayout: 'fixed',
    borderCollapse: 'collapse',
    borderSpacing: 0,
  },
  [`.${c.table} > thead > tr`]: { verticalAlign: 'middle', outline: 0 },
  [th]: {
    position: 'relative',
    font: 'var(--mui-font-body2)',
    fontWeight: 500,
    lineHeight: '1.5rem',
    color: v('text-primary'),
    textAlign: 'left',
    padding: '16px 12px',
    borderBottom: `1px solid ${v('TableCell-border')}`,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  [`.${c.table}[data-density="compact"] > thead > tr > th`]: { paddingBlock: 6 },
  // The header's box lines up with the rows' boxes (see GRID_CLASS.checkAll), in both densities.
  [`${th}.${c.checkbox}`]: { padding: '0 0 0 4px' },
  [`${th}.${c.numeric}`]: { textAlign: 'right', flexDirection: 'row-reverse' },
  [`${th}.${c.sticky}`]: {
    position: 'sticky',
    right: 0,
    zIndex: 1,
    backgroundColor: v('background-paper'),
    borderLeft: `1px solid ${v('divider')}`,
  },
  // The sort control: a native button drawn as the header's text (MUI's ButtonBase reset).
  [`.${c.sort}`]: {
    display: 'inline-flex',
    flexDirection: 'inherit',
    alignItems: 'center',
    justifyContent: 'flex-start',
    position: 'relative',
    boxSizing: 'border-box',
    maxWidth: '100%',
    margin: 0,
    padding: 0,
    border: 0,
    borderRadius: 0,
    outline: 0,
    background: 'transparent',
    color: 'inherit',
    font: 'inherit',
    letterSpacing: 'inherit',
    textAlign: 'inherit',
    textDecoration: 'none',
    verticalAlign: 'middle',
    cursor: 'pointer',
    userSelect: 'none',
    appearance: 'none',
    WebkitTapHighlightColor: 'transparent',
  },
  [`.${c.sort}:focus, .${c.sort}:hover`]: { color: v('text-secondary') },
  [`.${c.sort}:hover > .${c.sortIcon}`]: { opacity: 0.5 },
  [`.${c.sort}:focus-visible`]: { outline: `2px solid ${v('primary-main')}`, outlineOffset: 1 },
  [`.${c.sort}[data-active]`]: { color: v('text-primary') },
  [`.${c.sort}[data-active] > .${c.sortIcon}`]: { opacity: 1, color: v('text-secondary') },
  [`.${c.sortIcon}`]: {
    flexShrink: 0,
    width: 18,
    height: 18,
    margin: '0 4px',
    fill: 'currentColor',
    opacity: 0,
    // Pointing up for ascending (and on hover of an unsorted column), down for descending.
    transform: 'rotate(180deg)',
    transition: `opacity ${ease}, transform ${ease}`,
    userSelect: 'none',
  },
  [`.${c.sort}[data-direction="desc"] > .${c.sortIcon}`]: { transform: 'rotate(0deg)' },
  [`.${c.resize}`]: {
    position: 'absolute',
    top: 0,
    right: 0,
    height: '100%',
    width: 8,
    cursor: 'col-resize',
    touchAction: 'none',
    userSelect: 'none',
    borderRight: '2px solid transparent',
  },
  [`.${c.resize}[data-resizing], .${c.resize}:hover, .${c.resize}:focus-visible`]: {
    borderRightColor: v('primary-main'),
    outline: 'none',
  },
  [`.${c.srOnly}`]: visuallyHidden,
  [`.${c.message}`]: {
    font: 'var(--mui-font-body2)',
    color: v('text-primary'),
    textAlign: 'left',
    padding: '48px 16px',
  },
};

/** Rendered once with the table; always this same element, so React never redoes it. */
export const GRID_HEAD_STYLES = <GlobalStyles styles={styles} />;
