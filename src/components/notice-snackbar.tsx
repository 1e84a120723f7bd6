import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import type { Notice } from './notice';

interface NoticeSnackbarProps {
  notice: Notice & { key: number };
  /** null: stays until closed. */
  hideMs: number | null;
  onClose(key?: number): void;
}

/** The notice on show, at the bottom of the screen. */
export function NoticeSnackbar({ notice, hideMs, onClose }: NoticeSnackbarProps) {
  return (
    <Snackbar
      open
      autoHideDuration={hideMs}
      onClose={(_event, reason) => reason !== 'clickaway' && onClose()}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      <Alert
        severity={notice.severity ?? 'success'}
        variant="filled"
        onClose={() => onClose()}
        action={
          notice.action && (
            <Button
              color="inherit"
              size="small"
              onClick={() => {
                onClose(notice.key);
                notice.action?.onClick();
              }}
            >
              {notice.action.label}
            </Button>
          )
        }
        sx={{ width: '100%', wordBreak: 'break-word' }}
      >
        {notice.message}
      </Alert>
    </Snackbar>
  );
}
