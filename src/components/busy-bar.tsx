import './busy-bar.css';

// A thin indeterminate bar along the top of a region that is refreshing, drawn by CSS alone: the
// grid shows it while the next page loads, and MUI's LinearProgress (with its transitions) was
// 2 KB gzip of the grid's first load for this one line. A static stylesheet (busy-bar.css).

/** "Loading" over the top edge of the nearest positioned box; named for screen readers. */
export function BusyBar({ label }: { label: string }) {
  return <div className="cd-busy-bar" role="progressbar" aria-label={label} />;
}
