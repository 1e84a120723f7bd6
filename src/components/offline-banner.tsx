import { useTranslation } from '../i18n/use-translation';
import { LightAlert } from './light-alert';
import { useOnlineStatus } from './use-online-status';

/**
 * Says so when the browser is offline. React Query pauses its requests meanwhile and sends them
 * when the connection returns, so the banner only needs to explain the stale screen.
 */
export function OfflineBanner() {
  const { t } = useTranslation();
  const online = useOnlineStatus();
  if (online) return null;
  return (
    <LightAlert severity="warning" role="status">
      {t('offline.message')}
    </LightAlert>
  );
}
