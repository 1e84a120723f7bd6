import './grid-head.css';

// The frame's and header's look is a static stylesheet (grid-head.css), like the body's.

/** Class names of the frame and header, shared by the components and grid-head.css. */
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
