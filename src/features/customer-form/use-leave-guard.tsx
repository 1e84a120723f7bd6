import { useEffect, type RefObject } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { useBlocker } from 'react-router';
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
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      when && !skip.current && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!when) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [when]);

  const open = blocker.state === 'blocked';
  return (
    <Dialog open={open} onClose={() => blocker.reset?.()} aria-labelledby="leave-title">
      <DialogTitle id="leave-title">{t('customerForm.leave.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('customerForm.leave.body')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button autoFocus onClick={() => blocker.reset?.()}>
          {t('customerForm.leave.stay')}
        </Button>
        <Button
          color="error"
          onClick={() => {
            onLeave();
            blocker.proceed?.();
          }}
        >
          {t('customerForm.leave.leave')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
