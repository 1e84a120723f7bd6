import type { ReactNode } from 'react';
import './message-page.css';

/** A page that is only a message and what to do next (not found, a screen that failed). */
export function MessagePage({ children }: { children: ReactNode }) {
  return <div className="cd-message-page">{children}</div>;
}
