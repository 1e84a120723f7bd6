import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { RouterLink } from '../../routes/navigation';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { isApiError } from '../../api/errors';
import { ErrorMessage } from '../../components/status-messages';
import { useConnectionAccess } from '../../session/connection-context';
import { paths } from '../../routes/paths';

export function FormPageFrame({
  title,
  backTo,
  children,
}: {
  title: string;
  backTo: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const access = useConnectionAccess();
  return (
    <Stack spacing={2} sx={{ p: { xs: 1, sm: 3 }, maxWidth: 960, mx: 'auto', minWidth: 0 }}>
      <Button
        component={RouterLink}
        to={backTo}
        startIcon={<ArrowBackIcon />}
        sx={{ alignSelf: 'flex-start' }}
      >
        {t('customerForm.actions.cancel')}
      </Button>
      <Typography variant="h5" component="h1" sx={{ wordBreak: 'break-word' }}>
        {title}
      </Typography>
      {access === 'read_only' && <Alert severity="warning">{t('customerForm.readOnly')}</Alert>}
      {children}
    </Stack>
  );
}

/** The customer could not be loaded: gone from the store, or the request failed (with Retry). */
export function LoadFailure({ error, onRetry }: { error: unknown; onRetry(): void }) {
  const { t } = useTranslation();
  if (isApiError(error) && error.kind === 'not_found') {
    return (
      <Alert
        severity="warning"
        action={
          <Button component={RouterLink} to={paths.customers} color="inherit" size="small">
            {t('customerForm.actions.backToCustomers')}
          </Button>
        }
      >
        {t('customerForm.notFound')}
      </Alert>
    );
  }
  return <ErrorMessage error={error} onRetry={onRetry} />;
}
