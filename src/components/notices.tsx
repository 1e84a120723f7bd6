// Short messages about something that happened away from where the user is looking now: a save
// that led to another screen, a delete waiting for its undo window, a background failure.

import {
  Component,
  createContext,
  Suspense,
  useCallback,
  useContext,
  useEffect,
  useState,
  type ReactNode,
} from 'react';
import { lazyWithPreload } from './lazy-with-preload';
import type { Notice } from './notice';
import { withMui } from '../theme/with-mui';

export type { Notice } from './notice';

// The snackbar (MUI Snackbar, its transition and click-away listener) is not needed for the first
// rows: it loads once the screen is idle, so it is there, even offline, before the first notice.
const NoticeSnackbar = lazyWithPreload(
  withMui(() => import('./notice-snackbar').then((m) => m.NoticeSnackbar)),
);

/**
 * A notice whose code cannot load (offline before the idle preload ran) is dropped rather than
 * taking the screen down with it; keyed by notice, so the next one tries the load again.
 */
class DropOnFailure extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

type Notify = (notice: Notice) => void;

const NoticeContext = createContext<Notify | null>(null);

export function NoticeProvider({ children }: { children: ReactNode }) {
  const [queue, setQueue] = useState<(Notice & { key: number })[]>([]);
  const notify = useCallback<Notify>(
    // The newest replaces what is shown: an Undo must be on screen while it still can undo.
    (notice) => setQueue([{ ...notice, key: Date.now() + Math.random() }]),
    [],
  );
  const current = queue[0];
  // By key: an action may itself announce something, which must survive closing its notice.
  const close = useCallback(
    (key = current?.key) => setQueue((all) => all.filter((notice) => notice.key !== key)),
    [current?.key],
  );
  const hide =
    current?.autoHideMs !== undefined
      ? current.autoHideMs
      : current?.severity === 'error'
        ? null
        : 6000;

  useEffect(() => {
    const preload = () => void NoticeSnackbar.preload().catch(() => undefined);
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(preload, { timeout: 5000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(preload, 2000);
    return () => clearTimeout(id);
  }, []);

  return (
    <NoticeContext.Provider value={notify}>
      {children}
      {current && (
        <DropOnFailure key={current.key}>
          <Suspense fallback={null}>
            <NoticeSnackbar notice={current} hideMs={hide} onClose={close} />
          </Suspense>
        </DropOnFailure>
      )}
    </NoticeContext.Provider>
  );
}

export function useNotify(): Notify {
  const notify = useContext(NoticeContext);
  if (!notify) throw new Error('useNotify must be used inside NoticeProvider');
  return notify;
}
