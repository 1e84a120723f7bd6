import './strings';
import { Suspense, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import AddIcon from '@mui/icons-material/Add';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { CreatesTable } from './components/creates-table';
import { DiscardDialog } from './components/discard-dialog';
import { OperationEditDialog } from './components/operation-edit-dialog';
import { OperationsTable } from './components/operations-table';
import { ReviewDialog } from './components/review-dialog';
import { SendPanel } from './components/send-panel';
import { useQueueStatus } from './components/use-queue-status';
import { useSendQueue } from './components/use-send-queue';
import { intentProps, lazyWithPreload } from '../../components/lazy-with-preload';

// CSV parsing (Papa Parse) and the import's screens load when an import is first started.
const CsvImportDialog = lazyWithPreload(() =>
  import('./csv/csv-import-dialog').then((m) => m.CsvImportDialog),
);
import {
  countByKind,
  newOperationKey,
  type CreateOperation,
  type DeleteOperation,
  type UpdateOperation,
} from './model/batch-operation';
import { useBatchQueue } from './storage/use-batch-queue';
import { useThrottledWhile } from '../../lib/use-throttled-while';

/** How often the queue is redrawn while it is being sent (see BatchPage). */
const SENDING_REDRAW_MS = 1000;

type Open = 'review' | 'import' | 'discard' | { edit: CreateOperation | UpdateOperation } | null;

/** The staging area: what is queued, editing it, and sending it. */
export function BatchPage() {
  const { t } = useTranslation();
  const queue = useBatchQueue();
  const sender = useSendQueue();
  const sending = sender.state.phase === 'sending';
  // A send shrinks the queue with every answer (10 a second and more): the counts and tables show
  // it once a second meanwhile, not redrawn (and announced) every time. The progress bar is live.
  const ops = useThrottledWhile(queue.ops, sending, SENDING_REDRAW_MS);
  const status = useQueueStatus(ops);
  const [open, setOpen] = useState<Open>(null);
  const counts = countByKind(ops);
  const creates = useMemo(
    () => ops.filter((op): op is CreateOperation => op.kind === 'create'),
    [ops],
  );
  const others = useMemo(
    () => ops.filter((op): op is UpdateOperation | DeleteOperation => op.kind !== 'create'),
    [ops],
  );

  return (
    <Stack spacing={2} sx={{ p: { xs: 1, sm: 3 }, minWidth: 0 }}>
      <Typography variant="h5" component="h1">
        {t('batch.title')}
      </Typography>
      <Typography color="text.secondary">{t('batch.intro')}</Typography>
      <Typography role="status" aria-live="polite" sx={{ fontWeight: 600 }}>
        {t('batch.counts', counts)}
      </Typography>
      {!queue.saved && <Alert severity="warning">{t('batch.notSaved')}</Alert>}
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button
          startIcon={<AddIcon />}
          disabled={sending}
          onClick={() =>
            queue.add([{ key: newOperationKey(), kind: 'create', fields: { email: '' } }])
          }
        >
          {t('batch.addCustomer')}
        </Button>
        <Button
          startIcon={<UploadFileIcon />}
          disabled={sending}
          onClick={() => setOpen('import')}
          {...intentProps(CsvImportDialog.preload)}
        >
          {t('batch.importCsv')}
        </Button>
        <Button
          variant="contained"
          disabled={sending || queue.ops.length === 0}
          onClick={() => setOpen('review')}
        >
          {t('batch.review')}
        </Button>
        <Button
          color="error"
          disabled={sending || queue.ops.length === 0}
          onClick={() => setOpen('discard')}
        >
          {t('batch.discard')}
        </Button>
      </Stack>
      <SendPanel state={sender.state} onCancel={sender.cancel} onClose={sender.reset} />
      {status.blocked > 0 && (
        <Alert severity="error">{t('batch.blocked', { count: status.blocked })}</Alert>
      )}
      {ops.length === 0 ? (
        <Typography>{t('batch.empty')}</Typography>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {t('batch.savedNote')}
        </Typography>
      )}
      {creates.length > 0 && (
        <section aria-labelledby="batch-creates-title">
          <Typography id="batch-creates-title" variant="h6" component="h2">
            {t('batch.creates.title', { count: creates.length })}
          </Typography>
          <CreatesTable
            creates={creates}
            status={status}
            onChange={queue.replace}
            onEdit={(op) => setOpen({ edit: op })}
            onRemove={(key) => queue.remove([key])}
          />
        </section>
      )}
      {others.length > 0 && (
        <section aria-labelledby="batch-others-title">
          <Typography id="batch-others-title" variant="h6" component="h2">
            {t('batch.operations.title', { count: others.length })}
          </Typography>
          <OperationsTable
            ops={others}
            status={status}
            onEdit={(op) => setOpen({ edit: op })}
            onRemove={(key) => queue.remove([key])}
          />
        </section>
      )}
      {open === 'review' && (
        <ReviewDialog
          ops={queue.ops}
          blocked={status.blocked}
          onClose={() => setOpen(null)}
          onSend={() => {
            setOpen(null);
            void sender.send(queue.ops);
          }}
        />
      )}
      {open === 'import' && (
        <Suspense fallback={null}>
          <CsvImportDialog onClose={() => setOpen(null)} />
        </Suspense>
      )}
      {open === 'discard' && (
        <DiscardDialog
          count={queue.ops.length}
          onClose={() => setOpen(null)}
          onDiscard={() => {
            queue.discard();
            setOpen(null);
          }}
        />
      )}
      {open !== null && typeof open === 'object' && (
        <OperationEditDialog
          op={open.edit}
          onClose={() => setOpen(null)}
          onSave={(op) => {
            queue.replace(op);
            setOpen(null);
          }}
        />
      )}
    </Stack>
  );
}
