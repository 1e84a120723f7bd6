import { useTranslation } from '../i18n/use-translation';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';

/**
 * A screen's or dialog's code failed to arrive: offline for a moment, or a deploy replaced the
 * hashed files this tab still asks for. Browsers word it differently; all say "module".
 */
export function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|module script failed|Loading chunk|error loading dynamically/i.test(
      error.message,
    )
  );
}

/** A screen that crashed or whose code did not arrive: this instead of a blank page. */
export function RouteErrorPage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  // A reload fetches index.html anew, so it asks for the files of the version now published.
  const reload = () => window.location.reload();
  if (isChunkLoadError(error)) {
    return (
      <Stack spacing={2} sx={{ p: 3, alignItems: 'flex-start' }}>
        <Alert severity="error">
          <AlertTitle>{t('app.chunkFailed')}</AlertTitle>
          {t('app.chunkFailedHelp')}
        </Alert>
        <Button variant="contained" onClick={reload}>
          {t('app.retry')}
        </Button>
      </Stack>
    );
  }
  return (
    <Stack spacing={2} sx={{ p: 3, alignItems: 'flex-start' }}>
      <Alert severity="error">{t('app.crashed')}</Alert>
      <Button variant="outlined" onClick={reload}>
        {t('app.reload')}
      </Button>
    </Stack>
  );
}
