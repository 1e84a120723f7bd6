import { useTranslation } from '../../i18n/use-translation';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { changedValues, flatten } from './form-diff';
import type { CustomerFormValues } from './form-values';

export interface Conflict {
  loaded: CustomerFormValues;
  theirs: CustomerFormValues;
  /** When the store says it was last changed, already formatted for the viewer. */
  modifiedAt: string;
}

interface ConflictDialogProps {
  conflict: Conflict | null;
  yours: CustomerFormValues;
  onKeepEditing(): void;
  onUseTheirs(): void;
  onSaveMine(): void;
}

/** Shown instead of saving when the customer changed on the store after the form was opened. */
export function ConflictDialog({ conflict, yours, ...actions }: ConflictDialogProps) {
  const { t } = useTranslation();
  const changes = conflict ? changedValues(conflict.loaded, conflict.theirs) : [];
  const mine = flatten(yours);
  const label = (path: string) =>
    path.startsWith('meta:')
      ? path.slice(5)
      : t(`customerForm.fields.${path.split('.').pop()}` as 'customerForm.fields.city', {
          defaultValue: path,
        });
  const show = (value: string | undefined) => (value === undefined || value === '' ? '—' : value);

  return (
    <Dialog
      open={conflict !== null}
      onClose={actions.onKeepEditing}
      aria-labelledby="conflict-title"
      maxWidth="md"
      fullWidth
    >
      <DialogTitle id="conflict-title">{t('customerForm.conflict.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          {t('customerForm.conflict.body', { time: conflict?.modifiedAt ?? '' })}
        </DialogContentText>
        {changes.length ? (
          <TableContainer>
            <Table size="small" aria-labelledby="conflict-title">
              <TableHead>
                <TableRow>
                  <TableCell>{t('customerForm.conflict.field')}</TableCell>
                  <TableCell>{t('customerForm.conflict.loaded')}</TableCell>
                  <TableCell>{t('customerForm.conflict.theirs')}</TableCell>
                  <TableCell>{t('customerForm.conflict.yours')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {changes.map((change) => (
                  <TableRow key={change.path}>
                    <TableCell component="th" scope="row">
                      {change.path.startsWith('billing.') || change.path.startsWith('shipping.')
                        ? `${t(change.path.startsWith('billing.') ? 'customerForm.sections.billing' : 'customerForm.sections.shipping')} · ${label(change.path)}`
                        : label(change.path)}
                    </TableCell>
                    <TableCell sx={{ wordBreak: 'break-word' }}>{show(change.before)}</TableCell>
                    <TableCell sx={{ wordBreak: 'break-word' }}>{show(change.after)}</TableCell>
                    <TableCell sx={{ wordBreak: 'break-word' }}>
                      {show(mine.get(change.path))}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        ) : (
          <DialogContentText>{t('customerForm.conflict.none')}</DialogContentText>
        )}
        <DialogContentText variant="body2" sx={{ mt: 2 }}>
          {t('customerForm.conflict.saveMineHelp')}
        </DialogContentText>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button autoFocus onClick={actions.onKeepEditing}>
          {t('customerForm.conflict.keepEditing')}
        </Button>
        <Button onClick={actions.onUseTheirs}>{t('customerForm.conflict.useTheirs')}</Button>
        <Button variant="contained" onClick={actions.onSaveMine}>
          {t('customerForm.conflict.saveMine')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
