import GlobalStyles from '@mui/material/GlobalStyles';

// The body's look as one stylesheet, written once and shared by every row: a 100-row page has
// over a thousand cells, and styling each through MUI components and `sx` cost most of a page
// flip. Colours are the theme's CSS variables, so light and dark switch with the theme's class.
// It matches MUI's TableRow/TableCell (body2 text, divider lines, hover and selected tints).

/** Class names of the body's parts, shared by the rows and the stylesheet. */
export const GRID_CLASS = {
  body: 'cd-grid-body',
  check: 'cd-grid-check',
  checkAll: 'cd-grid-check-all',
  numeric: 'cd-grid-num',
  actions: 'cd-grid-actions',
  name: 'cd-grid-name',
  link: 'cd-grid-link',
  noName: 'cd-grid-noname',
  secondary: 'cd-grid-secondary',
  skeleton: 'cd-grid-skeleton',
} as const;

const c = GRID_CLASS;
const v = (name: string) => `var(--mui-palette-${name})`;
const tint = (opacity: string) => `rgba(${v('primary-mainChannel')} / ${opacity})`;
const row = `.${c.body} > tr`;
const cell = `${row} > td`;

const styles = {
  [`.${c.body}`]: { '--cd-row-h': '63px', '--cd-pad-y': '16px' },
  [`.${c.body}[data-density="compact"]`]: { '--cd-row-h': '43px', '--cd-pad-y': '6px' },
  [row]: {
    height: 'var(--cd-row-h)',
    verticalAlign: 'middle',
    cursor: 'pointer',
    outline: 0,
    backgroundColor: 'var(--cd-row-tint, transparent)',
  },
  [`${row}:hover`]: { '--cd-row-tint': v('action-hover') },
  [`${row}[data-selected]`]: { '--cd-row-tint': tint(v('action-selectedOpacity')) },
  [`${row}[data-selected]:hover`]: {
    '--cd-row-tint': tint(`calc(${v('action-selectedOpacity')} + ${v('action-hoverOpacity')})`),
  },
  [`${row}:focus-visible`]: { outline: `2px solid ${v('primary-main')}`, outlineOffset: -2 },
  [cell]: {
    font: 'var(--mui-font-body2)',
    letterSpacing: '0.01071em',
    color: v('text-primary'),
    borderBottom: `1px solid ${v('TableCell-border')}`,
    padding: 'var(--cd-pad-y) 12px',
    textAlign: 'left',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  [`${cell}.${c.numeric}`]: { textAlign: 'right' },
  // The whole cell is the checkbox's label: an easy target that does not open the row.
  [`${cell}.${c.check}`]: { padding: 0, cursor: 'default' },
  // Lined up with the header's MUI checkbox (4px cell padding, 9px around a 20px icon).
  [`.${c.check} > label`]: {
    display: 'flex',
    alignItems: 'center',
    height: 'calc(var(--cd-row-h) - 1px)',
    paddingLeft: 15,
    cursor: 'pointer',
  },
  // The header's "select the page" box, in MUI's checkbox header cell (4px left padding): lined
  // up with the rows' boxes below it.
  [`.${c.checkAll}`]: { display: 'flex', alignItems: 'center', paddingLeft: 11, cursor: 'pointer' },
  [`.${c.check} input, .${c.checkAll} input`]: {
    width: 16,
    height: 16,
    margin: 0,
    cursor: 'pointer',
    accentColor: v('primary-main'),
  },
  [`.${c.check} input:focus-visible, .${c.checkAll} input:focus-visible`]: {
    outline: `2px solid ${v('primary-main')}`,
    outlineOffset: 2,
  },
  // Sticks to the right edge so the row's actions stay in reach; opaque (the row's tint painted
  // over the paper colour), so scrolled cells pass beneath it.
  [`${cell}.${c.actions}`]: {
    position: 'sticky',
    right: 0,
    zIndex: 1,
    padding: '0 4px',
    textAlign: 'center',
    borderLeft: `1px solid ${v('divider')}`,
    background: `linear-gradient(var(--cd-row-tint, transparent), var(--cd-row-tint, transparent)), ${v('background-paper')}`,
  },
  [`.${c.name}`]: { display: 'flex', alignItems: 'center', gap: 8, minWidth: 0 },
  [`.${c.link}`]: {
    color: v('text-primary'),
    fontWeight: 500,
    textDecoration: 'none',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    borderRadius: 2,
  },
  [`.${c.link}:hover`]: { textDecoration: 'underline', textDecorationColor: tint('0.4') },
  [`.${c.link}:focus-visible`]: { outline: `2px solid ${v('primary-main')}`, outlineOffset: 1 },
  [`.${c.link}.${c.noName}, .${c.secondary}`]: { color: v('text-secondary') },
  [`.${c.skeleton}`]: {
    display: 'block',
    height: '1em',
    borderRadius: 4,
    backgroundColor: `rgba(${v('text-primaryChannel')} / 0.11)`,
    animation: 'cd-grid-pulse 2s ease-in-out 0.5s infinite',
  },
  '@keyframes cd-grid-pulse': { '0%, 100%': { opacity: 1 }, '50%': { opacity: 0.4 } },
  '@media (prefers-reduced-motion: reduce)': { [`.${c.skeleton}`]: { animation: 'none' } },
};

/** Rendered once with the table; always this same element, so React never redoes it. */
export const GRID_BODY_STYLES = <GlobalStyles styles={styles} />;
