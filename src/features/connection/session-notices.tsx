import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { LightAlert } from '../../components/light-alert';
import { LightButton } from '../../components/light-button';
import { useConnection } from '../../session/connection-context';
import './session-notices.css';

/**
 * What the person must know about this tab's connection, above every screen: that the keys
 * cannot be kept here (said once), and that another tab switched to other keys or another store
 * (this tab stays where it is unless they choose to switch).
 */
export function SessionNotices() {
  const { t } = useTranslation();
  const { connection, kept, elsewhere, switchToElsewhere, dismissElsewhere } = useConnection();
  const [notKeptSeen, setNotKeptSeen] = useState(false);
  const showNotKept = connection !== null && !kept && !notKeptSeen;
  if (!showNotKept && !(connection && elsewhere)) return null;
  return (
    <div className="cd-session-notices">
      {showNotKept && (
        <LightAlert
          severity="warning"
          role="status"
          action={
            <LightButton color="inherit" size="small" onClick={() => setNotKeptSeen(true)}>
              {t('connection.dismiss')}
            </LightButton>
          }
        >
          {t('connection.notKept')}
        </LightAlert>
      )}
      {connection && elsewhere && (
        <LightAlert
          severity="info"
          role="status"
          action={
            <div className="cd-session-choices">
              <LightButton color="inherit" size="small" onClick={switchToElsewhere}>
                {t('connection.switchTab', { other: elsewhere.storeName })}
              </LightButton>
              <LightButton color="inherit" size="small" onClick={dismissElsewhere}>
                {t('connection.stay', { current: connection.storeName })}
              </LightButton>
            </div>
          }
        >
          {t('connection.elsewhere', {
            other: elsewhere.storeName,
            otherUrl: elsewhere.storeUrl,
            current: connection.storeName,
          })}
        </LightAlert>
      )}
    </div>
  );
}
