// The first of the app that runs. The build makes this module an entry of its own, with the code
// it needs (the API client, zod, the grid's query) in a small chunk of its own that index.html
// runs async (vite.config.ts): on a reload of the grid its list request and its screen's code are
// asked for while the start chunk (React DOM, MUI, the app's providers) is still downloading.
// main.tsx imports this same module, so it runs once; in the dev server, main.tsx's import runs it.
// config.json has not been read yet: the request follows what the last visit's config.json said
// (config/boot-settings), and main.tsx takes its answer only if this one's asks the same.
// First of all, the connection to the kept store starts opening (preconnect-store.ts); then zod
// is told to run without `new Function` (strict CSP), before any schema exists.
import './preconnect-store';
import '../config/zod-without-eval';
import { loadBootSettings } from '../config/boot-settings';
import {
  requestGridPage,
  setDefaultPageSize,
  type EarlyGridPage,
} from '../features/customers/boot';
import { loadCustomersScreen } from '../features/customers/screens';
import { paths } from '../routes/paths';
import { routeOfHref } from '../routes/prefetch';
import { clientFor } from '../session/client-for';
import { loadConnection } from '../session/connection-storage';

/** The remembered connection, read once for the whole boot (main.tsx goes on from it). */
export const savedConnection = loadConnection();
/** The route the page opened on; a bare address is the grid. */
export const startRoute = routeOfHref(window.location.href) ?? paths.customers;
/** That route's query string (`page=2&search=an`). */
export const startQuery = window.location.hash.split('?')[1] ?? '';

function startGridPage(): EarlyGridPage | undefined {
  if (startRoute !== paths.customers || !savedConnection) return undefined;
  const settings = loadBootSettings();
  if (!settings) return undefined;
  setDefaultPageSize(settings.pageSize);
  const client = clientFor(savedConnection, settings.requestTimeoutSeconds);
  const page = requestGridPage(client, startQuery, settings.avatars);
  // The screen's code after the request: asking for it first (Vite's preload helper adds its
  // <link>s to the page) kept the request back by 15-20 ms of a cold tab's main thread.
  void loadCustomersScreen();
  return page;
}

/** The grid's first page, already asked for; undefined on other screens and first visits. */
export const earlyGridPage = startGridPage();
