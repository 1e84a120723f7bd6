import { createContext, useContext, type ReactNode } from 'react';
import { DEFAULT_RUNTIME_CONFIG, type RuntimeConfig } from './runtime-config-schema';

export interface RuntimeSettings {
  config: RuntimeConfig;
  /** Running inside a host page's iframe: no outer chrome, talks to the host by postMessage. */
  embedded: boolean;
}

// A default value, so components rendered in unit tests without a provider see "no config.json".
const RuntimeConfigContext = createContext<RuntimeSettings>({
  config: DEFAULT_RUNTIME_CONFIG,
  embedded: false,
});

export function RuntimeConfigProvider({
  settings,
  children,
}: {
  settings: RuntimeSettings;
  children: ReactNode;
}) {
  return <RuntimeConfigContext.Provider value={settings}>{children}</RuntimeConfigContext.Provider>;
}

export function useRuntimeConfig(): RuntimeSettings {
  return useContext(RuntimeConfigContext);
}
