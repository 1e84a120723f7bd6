import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { clientFor } from './client-for';
import { keepStoreSnapshots } from '../queries/store-snapshot';
import { useRuntimeConfig } from '../config/runtime-config-context';
import { ApiClientContext } from './api-client-context';
import type { SavedConnection } from './connection-settings';
import { useSharedConnection, type SharedConnection } from './use-shared-connection';

const ConnectionContext = createContext<SharedConnection | null>(null);

export function ConnectionProvider({ children }: { children: ReactNode }) {
  const shared = useSharedConnection();
  const { connection } = shared;

  const { requestTimeoutSeconds } = useRuntimeConfig().config;
  const client = useMemo(
    () => connection && clientFor(connection, requestTimeoutSeconds),
    [connection, requestTimeoutSeconds],
  );

  // What the store's index and currency were is kept for the next reload (queries/store-snapshot).
  const queryClient = useQueryClient();
  useEffect(
    () => (client ? keepStoreSnapshots(queryClient, client) : undefined),
    [client, queryClient],
  );

  // A new tab waits (briefly) for another tab's answer before anything renders, so it never
  // flashes the connect screen at someone who is in fact connected in another tab.
  if (shared.asking) return null;
  return (
    <ConnectionContext.Provider value={shared}>
      <ApiClientContext.Provider value={client}>{children}</ApiClientContext.Provider>
    </ConnectionContext.Provider>
  );
}

export function useConnection(): SharedConnection {
  const state = useContext(ConnectionContext);
  if (!state) throw new Error('useConnection must be used inside ConnectionProvider');
  return state;
}

/**
 * What the connected key may do, or undefined outside a connection (component tests of other
 * features render without one). Screens hide write actions for a read-only key.
 */
export function useConnectionAccess(): SavedConnection['access'] | undefined {
  return useContext(ConnectionContext)?.connection?.access;
}
