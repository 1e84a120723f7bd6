import { useMemo, useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { MAX_BATCH_ITEMS } from '../../../api/endpoints/batch-guard';
import { useApiClient } from '../../../session/api-client-context';
import { batchQueries } from '../api/batch-queries';
import { countByKind, type BatchOperation, type UpdateOperation } from '../model/batch-operation';
import { topLevelFields } from '../../../lib/customer-fields';
import { ReviewDiffTable } from './review-diff-table';
import { useFullScreenDialog } from '../../../components/use-full-screen-dialog';

const PAGE_SIZE = 10;

interface ReviewDialogProps {
  ops: readonly BatchOperation[];
  blocked: number;
  onSend(): void;
  onClose(): void;
}

/** The last look before sending: counts, and a field-by-field diff of each update. */
export function ReviewDialog({ ops, blocked, onSend, onClose }: ReviewDialogProps) {
  const { t } = useTranslation();
  const fullScreen = useFullScreenDialog();
  const client = useApiClient();
  const [page, setPage] = useState(0);
  const updates = useMemo(
    () => ops.filter((op): op is UpdateOperation => op.kind === 'update'),
    [ops],
  );
  const counts = countByKind(ops);
  const shown = updates.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const ids = shown.map((op) => op.id);
  const fields = topLevelFields(shown.flatMap((op) => Object.keys(op.fields)));
  const current = useQuery({
    ...batchQueries.current(client, ids, fields),
    enabled: ids.length > 0,
  });
  const byId = useMemo(
    () =>
      new Map((current.data?.items ?? []).map((c) => [c.id ?? 0, c as Record<string, unknown>])),
    [current.data],
  );
  const requests = Math.ceil(ops.length / MAX_BATCH_ITEMS);

  return (
    <Dialog
      open
      onClose={onClose}
      aria-labelledby="batch-review-title"
      fullScreen={fullScreen}
      fullWidth
      maxWidth="md"
    >
      <DialogTitle id="batch-review-title">
        {t('batch.reviewDialog.title', { count: ops.length })}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={1.5}>
          {counts.create > 0 && (
            <Typography>{t('batch.reviewDialog.creates', { count: counts.create })}</Typography>
          )}
          {counts.delete > 0 && (
            <Typography color="error">
              {t('batch.reviewDialog.deletes', { count: counts.delete })}
            </Typography>
          )}
          <Typography variant="body2" color="text.secondary">
            {t('batch.reviewDialog.requests', { count: requests })}
          </Typography>
          {blocked > 0 && <Alert severity="error">{t('batch.blocked', { count: blocked })}</Alert>}
          {updates.length > 0 && (
            <>
              <ReviewDiffTable updates={shown} current={byId} loading={current.isPending} />
              {updates.length > PAGE_SIZE && (
                <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                  <Button disabled={page === 0} onClick={() => setPage(page - 1)}>
                    {t('batch.reviewDialog.previous')}
                  </Button>
                  <Typography variant="body2">
                    {t('batch.reviewDialog.page', {
                      from: page * PAGE_SIZE + 1,
                      to: page * PAGE_SIZE + shown.length,
                      total: updates.length,
                    })}
                  </Typography>
                  <Button
                    disabled={(page + 1) * PAGE_SIZE >= updates.length}
                    onClick={() => setPage(page + 1)}
                  >
                    {t('batch.reviewDialog.next')}
                  </Button>
                </Stack>
              )}
            </>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('batch.cancel')}</Button>
        <Button variant="contained" disabled={blocked > 0 || ops.length === 0} onClick={onSend}>
          {t('batch.reviewDialog.send', { count: ops.length })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
