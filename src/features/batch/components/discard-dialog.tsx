import { useTranslation } from '../../../i18n/use-translation';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';

export function DiscardDialog({
  count,
  onDiscard,
  onClose,
}: {
  count: number;
  onDiscard(): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog open onClose={onClose} aria-labelledby="batch-discard-title">
      <DialogTitle id="batch-discard-title">{t('batch.discard')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('batch.discardConfirm', { count })}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          {t('batch.keep')}
        </Button>
        <Button color="error" onClick={onDiscard}>
          {t('batch.discard')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
