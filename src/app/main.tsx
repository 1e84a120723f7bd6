// First: the boot (see the file; it also switches zod to its CSP-safe mode before any schema
// exists), which the built index.html has usually run already.
import { earlyGridPage, savedConnection as saved, startQuery, startRoute as route } from './boot';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { prefetchGridPage, setDefaultPageSize } from '../features/customers/public';
import { isEmbedMode } from '../embed/embed-mode';
import { applyConfiguredLocale, i18n } from '../i18n/i18n';
import { loadRuntimeConfig } from '../config/load-runtime-config';
import { prefetchOnIntent, screenReady } from '../routes/prefetch';
import { paths } from '../routes/paths';
import type { SavedConnection } from '../session/connection-settings';
import type { RuntimeConfig } from '../config/runtime-config-schema';
import { clientFor } from '../session/client-for';
import { rememberBootSettings } from '../config/boot-settings';
import { revalidateStoreSnapshot, seedStoreSnapshot } from '../queries/store-snapshot';
import { createAppQueryClient } from './query-client';
import { warmFormatters } from '../lib/warm-formatters';
import { startColorMode } from '../theme/color-mode';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The stored colour scheme's class on <html> before anything paints.
startColorMode();
// The first screen's code is fetched while config.json is read, not after. Without a connection
// the guard sends every route to the connect screen, so that is the one to fetch then.
const screen = screenReady(saved ? route : paths.connect);
prefetchOnIntent();
const queryClient = createAppQueryClient();
// The saved or browser language's strings load alongside (English is bundled; others a chunk).
const strings = i18n.loadLanguage(i18n.language);

/**
 * A reload of a connected tab asks the store for the rows at once, before React renders the
 * shell (or takes the answer to boot.ts's request, sent even earlier, if it asked the same); what
 * the app keeps about the store (its index, its currency) comes from the last visit and is asked
 * again only once the rows are there.
 */
function startStoreRequests(
  connection: SavedConnection,
  config: RuntimeConfig,
): Promise<unknown> | undefined {
  const client = clientFor(connection, config.requestTimeoutSeconds);
  seedStoreSnapshot(queryClient, client);
  // Kept only for a connected browser: a connect screen leaves nothing behind (boot.ts).
  rememberBootSettings(config);
  // The grid asks again for the seeded index and currency once its rows show; other screens
  // (a reload of a customer's page) a few seconds in.
  setTimeout(revalidateStoreSnapshot, 3000);
  if (route !== paths.customers) return undefined;
  return prefetchGridPage(queryClient, client, startQuery, config.avatars, earlyGridPage);
}

/**
 * How long the first render waits for the list page and the screen's code. Rendered with them, the
 * grid is built once, with its rows, in the time-sliced first render; rendered before them, it is
 * built as placeholders and then again when the rows arrive, and that second render is one long
 * task (a query's answer reaches React as a synchronous update). A slow store still gets the
 * shell and its placeholder rows after this long.
 */
const FIRST_ROWS_WAIT_MS = 400;

/**
 * The rest of the boot, from config.json to the first render. In a function rather than as
 * top-level awaits: this module shares the start chunk with what the screens import, and a chunk
 * whose evaluation waits (a top-level await) holds back every chunk imported dynamically in the
 * meantime that depends on it, the grid's code and the config error page among them.
 */
async function renderApp(root: HTMLElement): Promise<void> {
  // config.json is read before anything renders, so no screen ever shows un-configured defaults
  // (index.html preloads it, so it is usually here already).
  const loaded = await loadRuntimeConfig();
  let firstRows: Promise<unknown> | undefined;
  if (loaded.ok) {
    const { config } = loaded;
    await applyConfiguredLocale(config.defaultLocale, !config.staffMayChange.locale);
    setDefaultPageSize(config.pageSize);
    if (saved) firstRows = startStoreRequests(saved, config);
  }
  // The rows' formatters, built while the list page is on its way. The first Intl use in a tab
  // loads the locale data (30–60 ms); index.html's warm-intl.js has usually done that already.
  if (saved) warmFormatters(i18n.language);

  await strings;
  // Only a broken config.json shows this page, so only then is its code fetched.
  const ConfigErrorPage = loaded.ok ? null : (await import('./config-error-page')).ConfigErrorPage;
  await Promise.race([
    Promise.all([firstRows, screen]),
    new Promise((settle) => setTimeout(settle, FIRST_ROWS_WAIT_MS)),
  ]);
  // Rendered as a transition: React then yields to the browser every few milliseconds while it
  // builds the first screen, instead of holding the main thread in one long task (total blocking
  // time), and the rows still appear as soon as they are built.
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        {loaded.ok ? (
          <App
            queryClient={queryClient}
            settings={{
              config: loaded.config,
              embedded: isEmbedMode(loaded.config.embed.enabled, window.location.search),
            }}
          />
        ) : (
          ConfigErrorPage && <ConfigErrorPage problems={loaded.problems} />
        )}
      </StrictMode>,
    ),
  );
  // Keyboard shortcuts (components/shortcuts): their listener is not needed to show the first
  // screen, so it arrives just after it, in a chunk of its own.
  if (loaded.ok) void import('../components/shortcut-listener').then((m) => m.listenForShortcuts());
}

void renderApp(root);
