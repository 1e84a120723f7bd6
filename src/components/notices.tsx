import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';

// Short messages about something that happened away from where the user is looking now: a save
// that led to another screen, a delete waiting for its undo window, a background failure.

export interface Notice {
  message: string;
  severity?: 'success' | 'info' | 'warning' | 'error';
  action?: { label: string; onClick(): void };
  /** Default 6 s; errors stay until closed. */
  autoHideMs?: number | null;
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

  return (
    <NoticeContext.Provider value={notify}>
      {children}
      <Snackbar
        key={current?.key}
        open={current !== undefined}
        autoHideDuration={hide}
        onClose={(_event, reason) => reason !== 'clickaway' && close()}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        {current ? (
          <Alert
            severity={current.severity ?? 'success'}
            variant="filled"
            onClose={() => close()}
            action={
              current.action && (
                <Button
                  color="inherit"
                  size="small"
                  onClick={() => {
                    close(current.key);
                    current.action?.onClick();
                  }}
                >
                  {current.action.label}
                </Button>
              )
            }
            sx={{ width: '100%', wordBreak: 'break-word' }}
          >
            {current.message}
          </Alert>
        ) : undefined}
      </Snackbar>
    </NoticeContext.Provider>
  );
}

export function useNotify(): Notify {
  const notify = useContext(NoticeContext);
  if (!notify) throw new Error('useNotify must be used inside NoticeProvider');
  return notify;
}
