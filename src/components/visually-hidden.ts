/**
 * Read by screen readers, invisible on screen (the usual clip pattern). A plain style object: an
 * `sx` value, and a rule in a stylesheet (the grid's header puts it on a class).
 */
export const visuallyHidden = {
  border: 0,
  clip: 'rect(0 0 0 0)',
  height: '1px',
  margin: '-1px',
  overflow: 'hidden',
  padding: 0,
  position: 'absolute',
  whiteSpace: 'nowrap',
  width: '1px',
} as const;
