import { useEffect, type RefObject } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { useBlocker } from '../../routes/navigation';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';

/**
 * Asks before unsaved changes are left behind: in-app navigation gets our dialog, closing or
 * reloading the tab the browser's own prompt (the draft is kept either way).
 */
export function LeaveGuard({
  when,
  skip,
  onLeave,
}: {
  when: boolean;
  /** True while leaving on purpose (after a save), read at navigation time. */
  skip: RefObject<boolean>;
  onLeave(): void;
}) {
  const { t } = useTranslation();
  // Links, navigate() and Back/Forward; a change of the query alone (same form) is not leaving.
  const held = useBlocker(
    ({ currentLocation, nextLocation }) =>
      when && !skip.current && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!when) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [when]);

  return (
    <Dialog open={held !== null} onClose={() => held?.reset()} aria-labelledby="leave-title">
      <DialogTitle id="leave-title">{t('customerForm.leave.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('customerForm.leave.body')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button autoFocus onClick={() => held?.reset()}>
          {t('customerForm.leave.stay')}
        </Button>
        <Button
          color="error"
          onClick={() => {
            onLeave();
            held?.proceed();
          }}
        >
          {t('customerForm.leave.leave')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
