import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { styled } from '@mui/material/styles';
import { LightAlert } from '../../components/light-alert';
import { LightButton } from '../../components/light-button';
import { useConnection } from '../../session/connection-context';

const Notices = styled('div')(({ theme }) => ({
  display: 'flex',
  flexDirection: 'column',
  gap: theme.spacing(1),
  padding: theme.spacing(1, 1, 0),
  [theme.breakpoints.up('sm')]: { paddingInline: theme.spacing(3) },
}));

const Choices = styled('div')(({ theme }) => ({
  display: 'flex',
  flexDirection: 'column',
  gap: theme.spacing(1),
  [theme.breakpoints.up('sm')]: { flexDirection: 'row' },
}));

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
    <Notices>
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
            <Choices>
              <LightButton color="inherit" size="small" onClick={switchToElsewhere}>
                {t('connection.switchTab', { other: elsewhere.storeName })}
              </LightButton>
              <LightButton color="inherit" size="small" onClick={dismissElsewhere}>
                {t('connection.stay', { current: connection.storeName })}
              </LightButton>
            </Choices>
          }
        >
          {t('connection.elsewhere', {
            other: elsewhere.storeName,
            otherUrl: elsewhere.storeUrl,
            current: connection.storeName,
          })}
        </LightAlert>
      )}
    </Notices>
  );
}
