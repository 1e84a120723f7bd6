import { useTranslation } from '../i18n/use-translation';
import { LightAlert } from './light-alert';
import { LightButton } from './light-button';
import { useErrorMessage } from './use-error-message';
import './status-messages.css';

/** Nothing to list: an empty store, or filters that match no one (then offer the way out). */
export function EmptyMessage({ filtered, onClear }: { filtered: boolean; onClear(): void }) {
  const { t } = useTranslation();
  return (
    <div className="cd-empty" role="status">
      <p>{filtered ? t('customers.noMatch') : t('customers.empty')}</p>
      {filtered && (
        <LightButton variant="outlined" onClick={onClear}>
          {t('customers.clearFilters')}
        </LightButton>
      )}
    </div>
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
