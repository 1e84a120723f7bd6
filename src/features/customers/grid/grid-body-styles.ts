import './grid-body.css';

// The body's look is a static stylesheet (grid-body.css), loaded with the grid's code: no styles
// are built while the grid renders.

/** Class names of the body's parts, shared by the rows and grid-body.css. */
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
