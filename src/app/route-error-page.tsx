import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';

/** Last line of defence: a crash in one screen shows this instead of a blank page. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  return (
    <Stack spacing={2} sx={{ p: 3, alignItems: 'flex-start' }}>
      <Alert severity="error">{t('app.crashed')}</Alert>
      <Button variant="outlined" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </Button>
    </Stack>
  );
}
