import { useTranslation } from '../i18n/use-translation';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useErrorMessage } from './use-error-message';

/** Nothing to list: an empty store, or filters that match no one (then offer the way out). */
export function EmptyMessage({ filtered, onClear }: { filtered: boolean; onClear(): void }) {
  const { t } = useTranslation();
  return (
    <Stack role="status" spacing={1.5} sx={{ alignItems: 'center', textAlign: 'center' }}>
      <Typography color="text.secondary">
        {filtered ? t('customers.noMatch') : t('customers.empty')}
      </Typography>
      {filtered && (
        <Button variant="outlined" onClick={onClear}>
          {t('customers.clearFilters')}
        </Button>
      )}
    </Stack>
  );
}

/**
 * The adapter's own sentence for what went wrong, where the rows would be; `lead` puts the
 * screen's own explanation before it (a key that may not read this part of the store).
 */
export function ErrorMessage({
  error,
  onRetry,
  lead,
  severity = 'error',
}: {
  error: unknown;
  onRetry(): void;
  lead?: string;
  severity?: 'error' | 'warning';
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  return (
    <Alert
      severity={severity}
      action={
        <Button color="inherit" size="small" onClick={onRetry}>
          {t('customers.retry')}
        </Button>
      }
    >
      {lead ? `${lead} (${describe(error)})` : describe(error)}
    </Alert>
  );
}
