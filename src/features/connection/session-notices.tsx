import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useConnection } from '../../session/connection-context';

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
    <Stack spacing={1} sx={{ px: { xs: 1, sm: 3 }, pt: 1 }}>
      {showNotKept && (
        <Alert
          severity="warning"
          role="status"
          action={
            <Button color="inherit" size="small" onClick={() => setNotKeptSeen(true)}>
              {t('connection.dismiss')}
            </Button>
          }
        >
          {t('connection.notKept')}
        </Alert>
      )}
      {connection && elsewhere && (
        <Alert
          severity="info"
          role="status"
          action={
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
              <Button color="inherit" size="small" onClick={switchToElsewhere}>
                {t('connection.switchTab', { other: elsewhere.storeName })}
              </Button>
              <Button color="inherit" size="small" onClick={dismissElsewhere}>
                {t('connection.stay', { current: connection.storeName })}
              </Button>
            </Stack>
          }
        >
          {t('connection.elsewhere', {
            other: elsewhere.storeName,
            otherUrl: elsewhere.storeUrl,
            current: connection.storeName,
          })}
        </Alert>
      )}
    </Stack>
  );
}
