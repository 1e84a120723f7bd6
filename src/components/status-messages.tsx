import { styled } from '@mui/material/styles';
import { useTranslation } from '../i18n/use-translation';
import { LightAlert } from './light-alert';
import { LightButton } from './light-button';
import { useErrorMessage } from './use-error-message';

const Empty = styled('div')(({ theme }) => ({
  display: 'flex',
  flexDirection: 'column',
  alignItems: 'center',
  gap: theme.spacing(1.5),
  textAlign: 'center',
  '& > p': { ...theme.typography.body1, margin: 0, color: 'var(--mui-palette-text-secondary)' },
}));

/** Nothing to list: an empty store, or filters that match no one (then offer the way out). */
export function EmptyMessage({ filtered, onClear }: { filtered: boolean; onClear(): void }) {
  const { t } = useTranslation();
  return (
    <Empty role="status">
      <p>{filtered ? t('customers.noMatch') : t('customers.empty')}</p>
      {filtered && (
        <LightButton variant="outlined" onClick={onClear}>
          {t('customers.clearFilters')}
        </LightButton>
      )}
    </Empty>
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
    <LightAlert
      severity={severity}
      action={
        <LightButton color="inherit" size="small" onClick={onRetry}>
          {t('customers.retry')}
        </LightButton>
      }
    >
      {lead ? `${lead} (${describe(error)})` : describe(error)}
    </LightAlert>
  );
}
