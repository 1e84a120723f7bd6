import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

// Each page times its own render: from just before createRoot().render() until the rows it waits
// for are in the DOM (a MutationObserver sees React's commit), then until the frame after that
// has painted. performance.now() counts from navigation start.

export interface PageTiming {
  /** performance.now() just before render(). */
  renderStart: number;
  /** performance.now() when `target` rows were first in the DOM. */
  rowsAt: number;
  /** performance.now() once the frame with those rows has been painted (rAF, then a task). */
  paintedAt: number;
  /** Rows in the DOM at paintedAt. */
  rows: number;
}

declare global {
  interface Window {
    gridBench?: PageTiming;
  }
}

export function renderAndTime(node: ReactNode, rowSelector: string, target: number): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('page has no #root element');
  const count = () => container.querySelectorAll(rowSelector).length;
  const renderStart = performance.now();
  const observer = new MutationObserver(() => {
    if (count() < target) return;
    const rowsAt = performance.now();
    observer.disconnect();
    requestAnimationFrame(() =>
      setTimeout(() => {
        window.gridBench = { renderStart, rowsAt, paintedAt: performance.now(), rows: count() };
      }),
    );
  });
  observer.observe(container, { childList: true, subtree: true });
  createRoot(container).render(node);
}
