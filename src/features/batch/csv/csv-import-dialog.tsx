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
import { useBatchQueue } from '../storage/use-batch-queue';
import { ColumnMappingTable } from './column-mapping-table';
import { CsvFilePicker } from './csv-file-picker';
import { ImportProblemsTable } from './import-problems-table';
import type { ImportMode } from './rows-to-operations';
import { useCsvImport } from './use-csv-import';
import { useFullScreenDialog } from '../../../components/use-full-screen-dialog';

/** Choose a file, map its columns, check every row, queue the good ones. */
export function CsvImportDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const fullScreen = useFullScreenDialog();
  const errorMessage = useErrorMessage();
  const queue = useBatchQueue();
  const csvImport = useCsvImport();
  const { state, mapping, mode } = csvImport;
  const hasFile = state.step !== 'choose' && state.step !== 'reading';
  const valid = state.step === 'checked' ? state.results.filter((r) => r.op) : [];
  const invalid = state.step === 'checked' ? state.results.filter((r) => !r.op) : [];
  const updates = valid.filter((r) => r.op?.kind === 'update').length;

  const close = () => {
    csvImport.stop();
    onClose();
  };

  return (
    <Dialog
      open
      onClose={close}
      aria-labelledby="csv-import-title"
      fullScreen={fullScreen}
      fullWidth
      maxWidth="md"
    >
      <DialogTitle id="csv-import-title">{t('batch.csvImport.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          {state.step === 'choose' && (
            <>
              {state.error !== undefined && (
                <Alert severity="error">
                  {t('batch.csvImport.notCsv', { message: errorMessage(state.error) })}
                </Alert>
              )}
              {state.empty && <Alert severity="error">{t('batch.csvImport.emptyFile')}</Alert>}
              <CsvFilePicker onFile={(file) => void csvImport.read(file)} />
            </>
          )}
          {state.step === 'reading' && (
            <>
              <Typography role="status">
                {t('batch.csvImport.reading', { percent: Math.round(state.fraction * 100) })}
              </Typography>
              <LinearProgress
                variant="determinate"
                value={percentOf(state.fraction, 1)}
                aria-label={t('batch.csvImport.choose')}
              />
            </>
          )}
          {hasFile && (
            <>
              <Typography>
                {t('batch.csvImport.fileSummary', {
                  file: state.file,
                  rows: state.csv.rows.length,
                  columns: state.csv.headers.length,
                })}
              </Typography>
              {state.csv.problems.slice(0, 5).map((p) => (
                <Alert key={`${p.line}-${p.message}`} severity="warning">
                  {t('batch.csvImport.parseProblem', p)}
                </Alert>
              ))}
              <ColumnMappingTable
                headers={state.csv.headers}
                sample={state.csv.rows[0] ?? []}
                mapping={mapping}
                onChange={csvImport.setMapping}
              />
              {mode === 'create' && !mapping.includes('email') && (
                <Alert severity="warning">{t('batch.csvImport.noEmailColumn')}</Alert>
              )}
              <FormControl>
                <FormLabel id="csv-import-mode">{t('batch.csvImport.mode')}</FormLabel>
                <RadioGroup
                  aria-labelledby="csv-import-mode"
                  value={mode}
                  onChange={(e) => csvImport.setMode(e.target.value as ImportMode)}
                >
                  <FormControlLabel
                    value="create"
                    control={<Radio />}
                    label={t('batch.csvImport.modeCreate')}
                  />
                  <FormControlLabel
                    value="match"
                    control={<Radio />}
                    label={t('batch.csvImport.modeMatch')}
                  />
                </RadioGroup>
              </FormControl>
            </>
          )}
          {state.step === 'checking' && (
            <>
              <Typography role="status">
                {state.pages
                  ? t('batch.csvImport.indexing', state.pages)
                  : t('batch.csvImport.checking')}
              </Typography>
              <LinearProgress aria-label={t('batch.csvImport.checking')} />
            </>
          )}
          {state.step === 'checked' && (
            <>
              <Typography role="status" sx={{ fontWeight: 600 }}>
                {t('batch.csvImport.summary', {
                  valid: valid.length,
                  creates: valid.length - updates,
                  updates,
                  invalid: invalid.length,
                })}
              </Typography>
              <ImportProblemsTable invalid={invalid} />
            </>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{t('batch.cancel')}</Button>
        {state.step === 'mapping' && (
          <Button variant="outlined" onClick={() => void csvImport.check()}>
            {t('batch.csvImport.preview')}
          </Button>
        )}
        {state.step === 'checked' && (
          <Button
            variant="contained"
            disabled={valid.length === 0}
            onClick={() => {
              queue.add(valid.flatMap((r) => (r.op ? [r.op] : [])));
              onClose();
            }}
          >
            {t('batch.csvImport.queue', { count: valid.length })}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
