import { useTranslation } from '../i18n/use-translation';
import type { MouseEvent, ReactNode } from 'react';
import { styled } from '@mui/material/styles';
import { LightButton } from '../components/light-button';
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

// Plain elements drawn as MUI's AppBar (static, default colour, flat) and Toolbar: the top bar is
// on every screen, and MUI's pair brings Paper and the bar's colour machinery into the start.
const Page = styled('div')(({ theme }) => ({
  minHeight: '100vh',
  backgroundColor: (theme.vars ?? theme).palette.background.default,
  color: (theme.vars ?? theme).palette.text.primary,
}));

const EmbeddedMain = styled('main')(({ theme }) => ({
  backgroundColor: (theme.vars ?? theme).palette.background.default,
  color: (theme.vars ?? theme).palette.text.primary,
}));

const EmbeddedNav = styled('div')(({ theme }) => ({
  display: 'flex',
  justifyContent: 'flex-end',
  padding: theme.spacing(1, 1, 0),
  [theme.breakpoints.up('sm')]: { paddingInline: theme.spacing(3) },
}));

const TopBar = styled('header')(({ theme }) => ({
  backgroundColor: 'var(--mui-palette-AppBar-defaultBg)',
  color: (theme.vars ?? theme).palette.text.primary,
  // As MUI's AppBar without enableColorOnDark: the dark scheme's own bar colours.
  ...theme.applyStyles('dark', {
    backgroundColor: 'var(--mui-palette-AppBar-darkBg, var(--mui-palette-AppBar-defaultBg))',
    color: 'var(--mui-palette-AppBar-darkColor, var(--mui-palette-text-primary))',
  }),
  borderBottom: `1px solid ${(theme.vars ?? theme).palette.divider}`,
  '& > .cd-toolbar': {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: theme.spacing(1),
    rowGap: theme.spacing(1.5),
    ...theme.mixins.toolbar,
    padding: theme.spacing(1.5, 2),
    [theme.breakpoints.up('sm')]: { paddingInline: theme.spacing(3) },
  },
  '& .cd-app-title': { ...theme.typography.h6, margin: 0, flexGrow: 1 },
  '& .cd-app-store': {
    ...theme.typography.body2,
    margin: 0,
    color: (theme.vars ?? theme).palette.text.secondary,
    display: 'none',
    [theme.breakpoints.up('md')]: { display: 'block' },
  },
}));

// Off screen until focused by keyboard, so keyboard users can jump past the top bar. Styled here,
// not in a stylesheet: a CSS file would be one more request that blocks the first paint.
const SkipLink = styled('a')(({ theme }) => ({
  position: 'absolute',
  left: 8,
  top: -48,
  zIndex: 2000,
  padding: theme.spacing(1, 1.5),
  backgroundColor: '#fff',
  color: '#000',
  borderRadius: (theme.vars ?? theme).shape.borderRadius,
  '&:focus': { top: 8 },
}));

const Main = styled('main')({ outline: 'none' });

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
      <EmbeddedMain id="main">
        <ScreenProviders>
          {/* The app's own navigation stays: only the outer chrome is the host's. */}
          {connection && (
            <EmbeddedNav>
              <BatchNavLink />
              <ShortcutsButton />
            </EmbeddedNav>
          )}
          <SessionNotices />
          {children}
        </ScreenProviders>
      </EmbeddedMain>
    );
  }

  return (
    <Page>
      <SkipLink href="#main" onClick={skipToMain}>
        {t('app.skipToContent')}
      </SkipLink>
      <TopBar>
        <div className="cd-toolbar">
          <p className="cd-app-title">{t('app.title')}</p>
          {connection && (
            <p className="cd-app-store">
              {t('app.connectedTo', { store: connection.storeName, version: connection.version })}
            </p>
          )}
          {connection && <BatchNavLink />}
          <ShortcutsButton />
          <DisplaySettings />
          {connection && (
            <Hint describeChild title={t('deployment.connection.forgetKeysHelp')}>
              <LightButton
                color="inherit"
                onClick={() => {
                  disconnect();
                  // Connecting again (with any key) comes back here.
                  void navigate(connectPathFor(location));
                }}
              >
                {t('app.disconnect')}
              </LightButton>
            </Hint>
          )}
        </div>
      </TopBar>
      <Main id="main" tabIndex={-1}>
        <ScreenProviders>
          <SessionNotices />
          {children}
        </ScreenProviders>
      </Main>
    </Page>
  );
}
