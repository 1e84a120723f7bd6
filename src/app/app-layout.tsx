import { useTranslation } from '../i18n/use-translation';
import type { MouseEvent, ReactNode } from 'react';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { ScreenProviders } from './screen-providers';
import { Hint } from '../components/hint';
import { useConnection } from '../session/connection-context';
import { BatchNavLink } from '../features/batch/public';
import { SessionNotices } from '../features/connection/public';
import { DisplaySettings } from './display-settings';
import { useRuntimeConfig } from '../config/runtime-config-context';
import { connectPathFor } from '../routes/next-path';
import { useAppLocation, useNavigate } from '../routes/navigation';
import { ShortcutsButton } from './shortcuts-button';

// Off screen until focused by keyboard, so keyboard users can jump past the top bar. Styled here,
// not in a stylesheet: a CSS file would be one more request that blocks the first paint.
const SKIP_LINK = {
  position: 'absolute',
  left: 8,
  top: -48,
  zIndex: 2000,
  px: 1.5,
  py: 1,
  bgcolor: '#fff',
  color: '#000',
  borderRadius: 1,
  '&:focus': { top: 8 },
} as const;

/**
 * The hash router owns the URL's fragment: following "#main" would open a route called "main"
 * (not found). Move the focus to the content instead, which is what a skip link is for.
 */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  const main = document.getElementById('main');
  main?.focus();
  main?.scrollIntoView();
}

/** The chrome around every screen; `children` is the route's screen. */
export function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { connection, disconnect } = useConnection();
  const navigate = useNavigate();
  const location = useAppLocation();
  const { embedded } = useRuntimeConfig();

  // Embedded: the host page is the chrome. No top bar, and no 100vh minimum, so the height the
  // app reports to the host is its content's, which the host then gives the iframe.
  if (embedded) {
    return (
      <Box component="main" id="main" sx={{ bgcolor: 'background.default', color: 'text.primary' }}>
        <ScreenProviders>
          {/* The app's own navigation stays: only the outer chrome is the host's. */}
          {connection && (
            <Box sx={{ display: 'flex', justifyContent: 'flex-end', px: { xs: 1, sm: 3 }, pt: 1 }}>
              <BatchNavLink />
              <ShortcutsButton />
            </Box>
          )}
          <SessionNotices />
          {children}
        </ScreenProviders>
      </Box>
    );
  }

  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default', color: 'text.primary' }}>
      <Box component="a" href="#main" sx={SKIP_LINK} onClick={skipToMain}>
        {t('app.skipToContent')}
      </Box>
      <AppBar
        position="static"
        color="default"
        elevation={0}
        sx={{ borderBottom: 1, borderColor: 'divider' }}
      >
        <Toolbar sx={{ columnGap: 1, rowGap: 1.5, flexWrap: 'wrap', py: 1.5 }}>
          <Typography variant="h6" component="p" sx={{ flexGrow: 1 }}>
            {t('app.title')}
          </Typography>
          {connection && (
            <Typography
              variant="body2"
              color="text.secondary"
              sx={{ display: { xs: 'none', md: 'block' } }}
            >
              {t('app.connectedTo', { store: connection.storeName, version: connection.version })}
            </Typography>
          )}
          {connection && <BatchNavLink />}
          <ShortcutsButton />
          <DisplaySettings />
          {connection && (
            <Hint describeChild title={t('deployment.connection.forgetKeysHelp')}>
              <Button
                color="inherit"
                onClick={() => {
                  disconnect();
                  // Connecting again (with any key) comes back here.
                  void navigate(connectPathFor(location));
                }}
              >
                {t('app.disconnect')}
              </Button>
            </Hint>
          )}
        </Toolbar>
      </AppBar>
      <Box component="main" id="main" tabIndex={-1} sx={{ outline: 'none' }}>
        <ScreenProviders>
          <SessionNotices />
          {children}
        </ScreenProviders>
      </Box>
    </Box>
  );
}
