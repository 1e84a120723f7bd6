import { useRef, useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useErrorMessage } from '../../../components/use-error-message';
import { percentOf } from '../../../lib/percent-of';
import { useApiClient } from '../../../session/api-client-context';
import { loadColumnPrefs } from '../grid/column-prefs';
import type { GridColumnId } from '../grid/grid-columns';
import type { CustomerListFilters } from '../../../api/endpoints/customers';
import { allExportColumns, visibleExportColumns } from './export-columns';
import { downloadText } from '../../../lib/download-text';
import { exportCustomers } from './export-customers';
import { useFullScreenDialog } from '../../../components/use-full-screen-dialog';

type Phase =
  | { kind: 'choose' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'done'; count: number; file: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; error: unknown };

export interface CsvExportDialogProps {
  filters: CustomerListFilters;
  /** Hidden columns named by the grid's URL; else this browser's saved layout applies. */
  hidden: readonly GridColumnId[] | undefined;
  onClose(): void;
}

/** The grid's visible columns in the grid's order, as the grid itself derives them. */
function visibleColumns(hidden: readonly GridColumnId[] | undefined): GridColumnId[] {
  const prefs = loadColumnPrefs();
  const off = hidden ?? prefs.hidden;
  return prefs.order.filter((id) => !off.includes(id));
}

/** Export of the grid's current filter (every page, from the store) to a CSV file. */
export function CsvExportDialog({ filters, hidden, onClose }: CsvExportDialogProps) {
  const { t } = useTranslation();
  const fullScreen = useFullScreenDialog();
  const client = useApiClient();
  const errorMessage = useErrorMessage();
  const [which, setWhich] = useState<'visible' | 'all'>('visible');
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const abort = useRef<AbortController | null>(null);
  const { version } = client.config;

  const start = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setPhase({ kind: 'running', done: 0, total: 0 });
    const columns =
      which === 'all'
        ? allExportColumns(version)
        : visibleExportColumns(visibleColumns(hidden), version);
    try {
      const { text, count } = await exportCustomers(
        client,
        filters,
        columns,
        (done, total) => setPhase({ kind: 'running', done, total }),
        controller.signal,
      );
      const file = `customers-${new Date().toISOString().slice(0, 10)}.csv`;
      downloadText(text, file, 'text/csv;charset=utf-8');
      setPhase({ kind: 'done', count, file });
    } catch (error) {
      setPhase(controller.signal.aborted ? { kind: 'cancelled' } : { kind: 'failed', error });
    }
  };

  const close = () => {
    abort.current?.abort();
    onClose();
  };
  const running = phase.kind === 'running';

  return (
    <Dialog
      open
      onClose={close}
      aria-labelledby="csv-export-title"
      fullScreen={fullScreen}
      fullWidth
      maxWidth="sm"
    >
      <DialogTitle id="csv-export-title">{t('batch.csvExport.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography>{t('batch.csvExport.scope')}</Typography>
          <FormControl disabled={running}>
            <FormLabel id="csv-export-columns">{t('batch.csvExport.columns')}</FormLabel>
            <RadioGroup
              aria-labelledby="csv-export-columns"
              value={which}
              onChange={(e) => setWhich(e.target.value === 'all' ? 'all' : 'visible')}
            >
              <FormControlLabel
                value="visible"
                control={<Radio />}
                label={t('batch.csvExport.visibleColumns')}
              />
              <FormControlLabel
                value="all"
                control={<Radio />}
                label={t('batch.csvExport.allFields')}
              />
            </RadioGroup>
          </FormControl>
          {running && (
            <>
              <Typography role="status">{t('batch.csvExport.progress', phase)}</Typography>
              <LinearProgress
                variant="determinate"
                value={percentOf(phase.done, phase.total)}
                aria-label={t('batch.csvExport.progressLabel')}
              />
            </>
          )}
          {phase.kind === 'done' && (
            <Alert severity="success" role="status">
              {t('batch.csvExport.done', phase)}
            </Alert>
          )}
          {phase.kind === 'cancelled' && (
            <Alert severity="info">{t('batch.csvExport.cancelled')}</Alert>
          )}
          {phase.kind === 'failed' && (
            <Alert severity="error">
              {t('batch.csvExport.failed', { message: errorMessage(phase.error) })}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        {running ? (
          <Button onClick={() => abort.current?.abort()}>{t('batch.cancel')}</Button>
        ) : (
          <Button onClick={close}>{t('batch.close')}</Button>
        )}
        <Button variant="contained" disabled={running} onClick={() => void start()}>
          {t('batch.csvExport.start')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
