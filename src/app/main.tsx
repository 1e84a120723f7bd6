// First: zod must run without `new Function` before any schema exists (strict CSP).
import '../config/zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { setDefaultPageSize } from '../features/customers/public';
import { isEmbedMode } from '../embed/embed-mode';
import { applyConfiguredLocale } from '../i18n/i18n';
import { ConfigErrorPage } from './config-error-page';
import { loadRuntimeConfig } from '../config/load-runtime-config';
import { prefetchOnIntent, prefetchScreen, routeOfHref } from '../routes/prefetch';
import { paths } from '../routes/paths';
import { loadConnection } from '../session/connection-storage';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The first screen's code is fetched while config.json is read, not after. Without a connection
// the guard sends every route to the connect screen, so that is the one to fetch then.
prefetchScreen(
  loadConnection() ? (routeOfHref(window.location.href) ?? paths.customers) : paths.connect,
);
prefetchOnIntent();
// config.json is read before anything renders, so no screen ever shows un-configured defaults.
const loaded = await loadRuntimeConfig();
if (loaded.ok) {
  const { config } = loaded;
  applyConfiguredLocale(config.defaultLocale, !config.staffMayChange.locale);
  if (config.pageSize) setDefaultPageSize(config.pageSize);
}
createRoot(root).render(
  <StrictMode>
    {loaded.ok ? (
      <App
        settings={{
          config: loaded.config,
          embedded: isEmbedMode(loaded.config.embed.enabled, window.location.search),
        }}
      />
    ) : (
      <ConfigErrorPage problems={loaded.problems} />
    )}
  </StrictMode>,
);
