import { Suspense, useRef, useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { useQueryClient } from '@tanstack/react-query';
import { LightAlert } from '../../../components/light-alert';
import { LightButton, LightButtonLink } from '../../../components/light-button';
import { paths } from '../../../routes/paths';
import { useErrorMessage } from '../../../components/use-error-message';
import { percentOf } from '../../../lib/percent-of';
import { useApiClient } from '../../../session/api-client-context';
import { useCustomerSelection } from '../../../selection/customer-selection';
import { collectMatching, labelPicked, type Target } from '../api/collect-targets';
import { newOperationKey, type BatchOperation } from '../model/batch-operation';
import type { FieldValues } from '../../../lib/customer-fields';
import { useBatchQueue } from '../storage/use-batch-queue';
import { intentProps, lazyWithPreload } from '../../../components/lazy-with-preload';
import './add-to-batch-actions.css';
import { withMui } from '../../../theme/with-mui';

const BulkEditDialog = lazyWithPreload(
  withMui(() => import('./bulk-edit-dialog').then((m) => m.BulkEditDialog)),
);
// The menu and the progress bar (MUI Menu with its popover and modal, LinearProgress) load when
// the button is first pointed at: the grid shows the button only once rows are selected.
const AddToBatchMenu = lazyWithPreload(
  withMui(() => import('./add-to-batch-menu').then((m) => m.AddToBatchMenu)),
);
const CollectingProgress = lazyWithPreload(
  withMui(() => import('./add-to-batch-menu').then((m) => m.CollectingProgress)),
);
const preloadMenu = () => Promise.all([AddToBatchMenu.preload(), BulkEditDialog.preload()]);

type Phase =
  | { kind: 'idle' }
  | { kind: 'editing' }
  | { kind: 'collecting'; done: number; total: number }
  | { kind: 'added'; count: number }
  | { kind: 'failed'; error: unknown };

/** "Add to batch" for the grid's selection: as updates (with a bulk edit) or as deletes. */
export function AddToBatchActions() {
  const { t } = useTranslation();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const { selection, count } = useCustomerSelection();
  const queue = useBatchQueue();
  const [menuAnchor, setMenuAnchor] = useState<HTMLElement | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);

  const targets = async (): Promise<Target[]> => {
    if (selection.kind === 'ids') return labelPicked(queryClient, client, selection.ids);
    const controller = new AbortController();
    abort.current = controller;
    setPhase({ kind: 'collecting', done: 0, total: selection.total });
    return collectMatching(
      client,
      selection.filters,
      (done, total) => setPhase({ kind: 'collecting', done, total }),
      controller.signal,
    );
  };

  const queueFor = async (make: (target: Target) => BatchOperation) => {
    try {
      const ops = (await targets()).map(make);
      queue.add(ops);
      // The selection stays: the same customers may get another action.
      setPhase({ kind: 'added', count: ops.length });
    } catch (error) {
      setPhase(abort.current?.signal.aborted ? { kind: 'idle' } : { kind: 'failed', error });
    }
  };

  const asUpdates = (fields: FieldValues) =>
    void queueFor(({ id, label }) => ({
      key: newOperationKey(),
      kind: 'update',
      id,
      label,
      fields,
    }));
  const asDeletes = () =>
    void queueFor(({ id, label }) => ({ key: newOperationKey(), kind: 'delete', id, label }));

  return (
    <>
      {count > 0 && (
        <LightButton
          size="small"
          variant="outlined"
          aria-haspopup="menu"
          disabled={phase.kind === 'collecting'}
          onClick={(e) => setMenuAnchor(e.currentTarget)}
          {...intentProps(preloadMenu)}
        >
          {t('batch.bulk.menu')}
        </LightButton>
      )}
      {menuAnchor !== null && (
        <Suspense fallback={null}>
          <AddToBatchMenu
            anchor={menuAnchor}
            onClose={() => setMenuAnchor(null)}
            onUpdates={() => {
              setMenuAnchor(null);
              setPhase({ kind: 'editing' });
            }}
            onDeletes={() => {
              setMenuAnchor(null);
              asDeletes();
            }}
          />
        </Suspense>
      )}
      {phase.kind === 'editing' && (
        <Suspense fallback={null}>
          <BulkEditDialog
            count={count}
            onClose={() => setPhase({ kind: 'idle' })}
            onQueue={asUpdates}
          />
        </Suspense>
      )}
      {phase.kind === 'collecting' && (
        <div className="cd-batch-line">
          <p role="status">{t('batch.bulk.collecting', phase)}</p>
          <Suspense fallback={null}>
            <CollectingProgress
              value={percentOf(phase.done, phase.total)}
              label={t('batch.bulk.menu')}
            />
          </Suspense>
          <LightButton size="small" onClick={() => abort.current?.abort()}>
            {t('batch.cancel')}
          </LightButton>
        </div>
      )}
      {phase.kind === 'failed' && (
        <div className="cd-batch-line">
          <LightAlert
            className="cd-alert-line"
            severity="error"
            onClose={() => setPhase({ kind: 'idle' })}
          >
            {t('batch.bulk.failed', { message: errorMessage(phase.error) })}
          </LightAlert>
        </div>
      )}
      {phase.kind === 'added' && (
        <div className="cd-batch-line">
          <LightAlert
            className="cd-alert-line"
            severity="success"
            role="status"
            onClose={() => setPhase({ kind: 'idle' })}
            action={
              <LightButtonLink to={paths.batch} size="small" color="inherit">
                {t('batch.bulk.open')}
              </LightButtonLink>
            }
          >
            {t('batch.bulk.added', { count: phase.count })}
          </LightAlert>
        </div>
      )}
    </>
  );
}
