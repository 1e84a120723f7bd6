import './locales/register';
import { Suspense, useState } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { ConnectionProvider } from '../session/connection-context';
import { lazyWithPreload } from '../components/lazy-with-preload';
import { createAppQueryClient } from './query-client';
import { AppRoutes, createAppLocation } from './router';
import { AppRouter } from '../routes/navigation';
import { RuntimeConfigProvider, type RuntimeSettings } from '../config/runtime-config-context';
import { DEFAULT_RUNTIME_CONFIG } from '../config/runtime-config-schema';
import { setPrimaryColor } from '../theme/primary-color';
import '../theme/theme-variables.css';
import './base.css';

const NO_CONFIG: RuntimeSettings = { config: DEFAULT_RUNTIME_CONFIG, embedded: false };

// Only a page opened in embed mode speaks to a host, so only such a page fetches the bridge (in
// parallel with the first screen; the host waits for its `ready`). Should that fetch fail, the app
// still works on its own: the host then never hears `ready`, as with a frame that did not load.
const EmbedBridge = lazyWithPreload(() =>
  import('../features/embedding/public').then(
    (m) => m.EmbedBridge,
    () => () => null,
  ),
);

/** `settings`: config.json and embed mode, read by main.tsx before the first render. */
interface AppProps {
  settings?: RuntimeSettings;
  /** The cache main.tsx has already started filling (the first rows); else a new one. */
  queryClient?: QueryClient;
}

export function App({ settings = NO_CONFIG, queryClient: given }: AppProps) {
  const [queryClient] = useState(() => given ?? createAppQueryClient());
  const [location] = useState(createAppLocation);
  return (
    <RuntimeConfigProvider settings={settings}>
      {/* No MUI ThemeProvider here: the first screen draws with static stylesheets over the
          theme's CSS variables (theme-variables.css, base.css), the colour scheme is
          theme/color-mode's, and the screens and dialogs that use MUI bring its theme with them
          (theme/with-mui). */}
      <QueryClientProvider client={queryClient}>
        <ConnectionProvider>
          <AppRouter source={location}>
            <AppRoutes />
          </AppRouter>
          {settings.embedded && (
            <Suspense fallback={null}>
              <EmbedBridge navigation={location} onPrimaryColor={setPrimaryColor} />
            </Suspense>
          )}
        </ConnectionProvider>
      </QueryClientProvider>
    </RuntimeConfigProvider>
  );
}
