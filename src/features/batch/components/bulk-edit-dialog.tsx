import '../strings';
import { useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import type { FieldValues } from '../../../lib/customer-fields';
import { validateOperation } from '../model/validate-operation';
import { FieldValuesEditor } from './field-values-editor';
import { useFullScreenDialog } from '../../../components/use-full-screen-dialog';

interface BulkEditDialogProps {
  count: number;
  onQueue(fields: FieldValues): void;
  onClose(): void;
}

/** The fields to set on every selected customer, checked with the same rules as one update. */
export function BulkEditDialog({ count, onQueue, onClose }: BulkEditDialogProps) {
  const { t } = useTranslation();
  const fullScreen = useFullScreenDialog();
  // Starts empty: a preset field left blank would clear it on every selected customer.
  const [fields, setFields] = useState<FieldValues>({});
  // Any id will do: the rules do not depend on which customer is updated.
  const issues = validateOperation({ key: 'bulk', kind: 'update', id: 1, fields });
  return (
    <Dialog
      open
      onClose={onClose}
      aria-labelledby="bulk-edit-title"
      fullScreen={fullScreen}
      fullWidth
      maxWidth="sm"
    >
      <DialogTitle id="bulk-edit-title">{t('batch.bulk.title', { count })}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 1 }}>
          {t('batch.bulk.intro')} {t('batch.editor.emptyClears')}
        </Typography>
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('batch.editor.roleNote')}
        </Alert>
        <FieldValuesEditor
          values={fields}
          onChange={setFields}
          issues={issues}
          exclude={['username', 'email']}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('batch.cancel')}</Button>
        <Button variant="contained" disabled={issues.length > 0} onClick={() => onQueue(fields)}>
          {t('batch.bulk.queue')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
