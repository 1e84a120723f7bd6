import { useTranslation } from '../../../i18n/use-translation';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useErrorMessage } from '../../../components/use-error-message';
import { percentOf } from '../../../lib/percent-of';
import type { SendState } from './use-send-queue';

interface SendPanelProps {
  state: SendState;
  onCancel(): void;
  onClose(): void;
}

/** A determinate progress bar while sending, then what happened. */
export function SendPanel({ state, onCancel, onClose }: SendPanelProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  if (state.phase === 'idle') return null;
  if (state.phase === 'error') {
    return (
      <Alert severity="error" onClose={onClose}>
        {t('batch.sending.error', { message: errorMessage(state.error) })}
      </Alert>
    );
  }
  if (state.phase === 'finished') {
    const message = state.cancelled
      ? t('batch.sending.cancelled', { succeeded: state.succeeded })
      : state.failed === 0 && state.left === 0
        ? t('batch.sending.allDone')
        : t('batch.sending.done', { succeeded: state.succeeded, failed: state.failed });
    return (
      <Alert
        severity={state.failed > 0 || state.cancelled ? 'warning' : 'success'}
        onClose={onClose}
        role="status"
      >
        {message}
      </Alert>
    );
  }
  const p = state.progress;
  const percent = p ? percentOf(p.doneOperations, p.totalOperations) : 0;
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Stack spacing={1}>
        <Typography role="status">
          {p
            ? t('batch.sending.progress', {
                done: p.doneOperations,
                total: p.totalOperations,
                requests: p.doneRequests,
                totalRequests: p.totalRequests,
              })
            : t('batch.sending.checking')}
        </Typography>
        <LinearProgress
          variant={p ? 'determinate' : 'indeterminate'}
          value={percent}
          aria-label={t('batch.sending.progressLabel')}
        />
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Button onClick={onCancel} disabled={state.cancelling}>
            {t('batch.sending.cancel')}
          </Button>
          {state.cancelling && (
            <Typography variant="body2">{t('batch.sending.cancelling')}</Typography>
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}
