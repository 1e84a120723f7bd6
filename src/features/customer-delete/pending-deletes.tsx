import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { useErrorMessage } from '../../components/use-error-message';
import { useNotify } from '../../components/notices';
import { announceToHost } from '../../embed/announce-to-host';
import { useConnectionAccess } from '../../session/connection-context';
import { useDeleteCustomer } from '../../queries/use-delete-customer';

// A delete waits a few seconds before it is sent, with Undo on screen. Meanwhile the customer is
// hidden from lists, so the screen reacts at once; Undo, or a refused request, brings it back.
// Nothing is sent twice: the request goes out once, when the wait ends, and is never retried.

export const UNDO_WINDOW_MS = 6000;

export interface DeleteTarget {
  id: number;
  /** How the customer is named to the user ("Ana Silva", or the email, or #id). */
  label: string;
  reassign?: number;
}

interface PendingDeletesApi {
  /** False for a read-only key: the store would refuse, so no delete is offered. */
  canDelete: boolean;
  pendingIds: ReadonlySet<number>;
  schedule(target: DeleteTarget): void;
}

const NONE: ReadonlySet<number> = new Set();
const PendingDeletesContext = createContext<PendingDeletesApi | null>(null);

export function PendingDeletesProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const describe = useErrorMessage();
  const remove = useDeleteCustomer();
  const canDelete = useConnectionAccess() !== 'read_only';
  const [pendingIds, setPendingIds] = useState<ReadonlySet<number>>(NONE);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  const release = useCallback((id: number) => {
    clearTimeout(timers.current.get(id));
    timers.current.delete(id);
    setPendingIds((ids) => new Set([...ids].filter((pending) => pending !== id)));
  }, []);

  const send = useCallback(
    function sendNow(target: DeleteTarget) {
      timers.current.delete(target.id);
      setPendingIds((ids) => new Set([...ids, target.id]));
      // mutateAsync, not mutate: per-call callbacks of `mutate` fire only for the latest call,
      // and several deletes can be waiting at once.
      remove.mutateAsync({ id: target.id, reassign: target.reassign }).then(
        () => {
          release(target.id);
          announceToHost({ type: 'customer-deleted', id: target.id });
        },
        (error: unknown) => {
          release(target.id);
          // Never resent by itself: the user decides, knowing what went wrong.
          notify({
            severity: 'error',
            message: t('customerDelete.failed', { name: target.label, reason: describe(error) }),
            action: { label: t('customerDelete.retry'), onClick: () => sendNow(target) },
          });
        },
      );
    },
    [remove, release, notify, t, describe],
  );

  const schedule = useCallback(
    (target: DeleteTarget) => {
      if (timers.current.has(target.id)) return;
      setPendingIds((ids) => new Set([...ids, target.id]));
      timers.current.set(
        target.id,
        setTimeout(() => send(target), UNDO_WINDOW_MS),
      );
      notify({
        severity: 'info',
        message: t('customerDelete.scheduled', { name: target.label }),
        autoHideMs: UNDO_WINDOW_MS,
        action: {
          label: t('customerDelete.undo'),
          onClick: () => {
            release(target.id);
            notify({
              severity: 'success',
              message: t('customerDelete.undone', { name: target.label }),
            });
          },
        },
      });
    },
    [send, release, notify, t],
  );

  // Closing the tab inside the undo window would silently cancel the delete: ask first.
  useEffect(() => {
    if (pendingIds.size === 0) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [pendingIds]);

  const api = useMemo(
    () => ({ canDelete, pendingIds, schedule }),
    [canDelete, pendingIds, schedule],
  );
  return <PendingDeletesContext.Provider value={api}>{children}</PendingDeletesContext.Provider>;
}

/** Null outside a connected screen (and in component tests of other features). */
export function usePendingDeletes(): PendingDeletesApi | null {
  return useContext(PendingDeletesContext);
}

/** For lists: ids to leave out while their delete waits. Empty outside the provider. */
export function usePendingDeleteIds(): ReadonlySet<number> {
  return useContext(PendingDeletesContext)?.pendingIds ?? NONE;
}
