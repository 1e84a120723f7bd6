import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useNotify } from '../../components/notices';
import { useApiClient } from '../../session/api-client-context';
import { MAX_NAME_LENGTH, type ViewState } from './view-model';
import { checkName, newViewId } from './views-file';
import { useNameError } from './use-name-error';
import { getSavedViews, setSavedViews } from './views-store';

interface SaveViewDialogProps {
  current: ViewState;
  kept: boolean;
  onClose(): void;
}

/** Names the screen's current view and keeps it; a refused name stays in the field to fix. */
export function SaveViewDialog({ current, kept, onClose }: SaveViewDialogProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const { version } = useApiClient().config;
  const [name, setName] = useState('');
  const [error, setError] = useState<ReturnType<typeof checkName>>(null);
  const describe = useNameError();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = checkName(name, getSavedViews());
    setError(problem);
    if (problem) return;
    const trimmed = name.trim();
    setSavedViews((views) => [
      ...views,
      {
        id: newViewId(),
        name: trimmed,
        ...current,
        apiVersion: version,
        savedAt: new Date().toISOString(),
      },
    ]);
    notify({ message: t('savedViews.saveDialog.saved', { name: trimmed }) });
    onClose();
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs">
      <form onSubmit={submit} noValidate>
        <DialogTitle>{t('savedViews.saveDialog.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText variant="body2" sx={{ mb: 2 }}>
            {current.screen === 'grid'
              ? t('savedViews.saveDialog.whatGrid')
              : t('savedViews.saveDialog.whatAdvanced')}
          </DialogContentText>
          {!kept && (
            <Alert severity="warning" sx={{ mb: 2 }}>
              {t('savedViews.notKept')}
            </Alert>
          )}
          <TextField
            autoFocus
            fullWidth
            required
            label={t('savedViews.saveDialog.name')}
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={error !== null}
            helperText={
              error
                ? describe(error, name)
                : t('savedViews.saveDialog.nameHelp', { max: MAX_NAME_LENGTH })
            }
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('savedViews.saveDialog.cancel')}</Button>
          <Button type="submit" variant="contained">
            {t('savedViews.saveDialog.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
