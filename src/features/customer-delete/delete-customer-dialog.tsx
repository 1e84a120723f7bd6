import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import type { CustomerPartial } from '../../api/schemas/customer';
import { useApiClient } from '../../session/api-client-context';
import { ReassignPicker } from './reassign-picker';

interface DeleteCustomerDialogProps {
  open: boolean;
  customerId: number;
  label: string;
  onCancel(): void;
  onConfirm(reassign: number | undefined): void;
}

/** Names who is deleted; v2 and v3 can hand the user's posts to someone else first. */
export function DeleteCustomerDialog({
  open,
  customerId,
  label,
  onCancel,
  onConfirm,
}: DeleteCustomerDialogProps) {
  const { t } = useTranslation();
  const { version } = useApiClient().config;
  const [reassigning, setReassigning] = useState(false);
  const [heir, setHeir] = useState<CustomerPartial | null>(null);
  const canReassign = version !== 'v1';
  const blocked = reassigning && heir?.id === undefined;

  return (
    <Dialog
      open={open}
      onClose={onCancel}
      aria-labelledby="delete-title"
      aria-describedby="delete-body"
      fullWidth
      maxWidth="sm"
    >
      <DialogTitle id="delete-title">{t('customerDelete.title', { name: label })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText id="delete-body">
            {t('customerDelete.body', { name: label })}
          </DialogContentText>
          {canReassign && (
            <FormControlLabel
              control={
                <Checkbox
                  checked={reassigning}
                  onChange={(e) => setReassigning(e.target.checked)}
                />
              }
              label={t('customerDelete.reassign')}
            />
          )}
          {canReassign && reassigning && (
            <ReassignPicker excludeId={customerId} value={heir} onChange={setHeir} />
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button autoFocus onClick={onCancel}>
          {t('customerDelete.cancel')}
        </Button>
        <Button
          color="error"
          variant="contained"
          disabled={blocked}
          onClick={() => onConfirm(reassigning ? heir?.id : undefined)}
        >
          {t('customerDelete.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
