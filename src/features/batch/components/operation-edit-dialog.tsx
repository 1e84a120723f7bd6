import { useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { targetOf, type CreateOperation, type UpdateOperation } from '../model/batch-operation';
import { validateOperation } from '../model/validate-operation';
import { FieldValuesEditor } from './field-values-editor';
import { useFullScreenDialog } from '../../../components/use-full-screen-dialog';

interface OperationEditDialogProps {
  op: CreateOperation | UpdateOperation;
  onSave(op: CreateOperation | UpdateOperation): void;
  onClose(): void;
}

/** Every field of one queued create or update; saved back only on Save. */
export function OperationEditDialog({ op, onSave, onClose }: OperationEditDialogProps) {
  const { t } = useTranslation();
  const fullScreen = useFullScreenDialog();
  const [fields, setFields] = useState(op.fields);
  const draft = { ...op, fields };
  const issues = validateOperation(draft);
  const titleId = `edit-${op.key}`;
  return (
    <Dialog
      open
      onClose={onClose}
      aria-labelledby={titleId}
      fullScreen={fullScreen}
      fullWidth
      maxWidth="sm"
    >
      <DialogTitle id={titleId}>
        {t('batch.editor.editTitle', { kind: t(`batch.kinds.${op.kind}`), target: targetOf(op) })}
      </DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {op.kind === 'update' ? t('batch.editor.emptyClears') : t('batch.editor.roleNote')}
        </Typography>
        <FieldValuesEditor
          values={fields}
          onChange={setFields}
          issues={issues}
          exclude={op.kind === 'update' ? ['username'] : []}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('batch.cancel')}</Button>
        <Button
          variant="contained"
          onClick={() => onSave({ ...draft, error: undefined, unknownOutcome: op.unknownOutcome })}
        >
          {t('batch.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
