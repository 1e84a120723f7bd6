import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { createClient, type ApiClient } from '../api/client';
import { keepStoreSnapshots } from '../queries/store-snapshot';
import { useRuntimeConfig } from '../config/runtime-config-context';
import { ApiClientContext } from './api-client-context';
import type { SavedConnection } from './connection-settings';
import { forgetConnection, loadConnection, saveConnection } from './connection-storage';

interface ConnectionState {
  connection: SavedConnection | null;
  connect(connection: SavedConnection): void;
  disconnect(): void;
}

/** The client for a saved connection: one recipe for the provider and for main.tsx's boot. */
export function clientFor(connection: SavedConnection, timeoutSeconds: number): ApiClient {
  return createClient({
    storeUrl: connection.storeUrl,
    version: connection.version,
    consumerKey: connection.consumerKey,
    consumerSecret: connection.consumerSecret,
    authMode: connection.authMode,
    timeoutMs: timeoutSeconds * 1000,
  });
}

const ConnectionContext = createContext<ConnectionState | null>(null);

export function ConnectionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [connection, setConnection] = useState<SavedConnection | null>(loadConnection);

  const connect = useCallback((next: SavedConnection) => {
    saveConnection(next);
    setConnection(next);
  }, []);

  const disconnect = useCallback(() => {
    forgetConnection();
    setConnection(null);
    // Cached customers belong to the store we leave; nothing of theirs may linger.
    queryClient.clear();
  }, [queryClient]);

  const { requestTimeoutSeconds } = useRuntimeConfig().config;
  const client = useMemo(
    () => connection && clientFor(connection, requestTimeoutSeconds),
    [connection, requestTimeoutSeconds],
  );

  // What the store's index and currency were is kept for the next reload (queries/store-snapshot).
  useEffect(
    () => (client ? keepStoreSnapshots(queryClient, client) : undefined),
    [client, queryClient],
  );

  const state = useMemo(
    () => ({ connection, connect, disconnect }),
    [connection, connect, disconnect],
  );
  return (
    <ConnectionContext.Provider value={state}>
      <ApiClientContext.Provider value={client}>{children}</ApiClientContext.Provider>
    </ConnectionContext.Provider>
  );
}

export function useConnection(): ConnectionState {
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
