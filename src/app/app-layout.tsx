import { useTranslation } from '../i18n/use-translation';
import type { MouseEvent, ReactNode } from 'react';
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
import './app-layout.css';

// Plain elements drawn as MUI's AppBar (static, default colour, flat) and Toolbar, by a static
// stylesheet (app-layout.css): the top bar is on every screen, and MUI's pair brings Paper and the
// bar's colour machinery into the start.
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
      <main id="main" className="cd-page">
        <ScreenProviders>
          {/* The app's own navigation stays: only the outer chrome is the host's. */}
          {connection && (
            <div className="cd-embedded-nav">
              <BatchNavLink />
              <ShortcutsButton />
            </div>
          )}
          <SessionNotices />
          {children}
        </ScreenProviders>
      </main>
    );
  }

  return (
    <div className="cd-page cd-page-full">
      {/* Off screen until focused by keyboard, so keyboard users can jump past the top bar. */}
      <a className="cd-skip-link" href="#main" onClick={skipToMain}>
        {t('app.skipToContent')}
      </a>
      <header className="cd-top-bar">
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
      </header>
      <main id="main" className="cd-main" tabIndex={-1}>
        <ScreenProviders>
          <SessionNotices />
          {children}
        </ScreenProviders>
      </main>
    </div>
  );
}
