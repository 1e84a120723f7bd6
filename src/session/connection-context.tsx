import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { clientFor } from './client-for';
import { keepStoreSnapshots } from '../queries/store-snapshot';
import { useRuntimeConfig } from '../config/runtime-config-context';
import { ApiClientContext } from './api-client-context';
import type { SavedConnection } from './connection-settings';
import { useSharedConnection } from './use-shared-connection';

interface ConnectionState {
  connection: SavedConnection | null;
  connect(connection: SavedConnection): void;
  disconnect(): void;
  /** False when the browser would not store the keys: they last for this page only. */
  kept: boolean;
  /** Another tab connected to a different store or key; this tab stays where it is until asked. */
  elsewhere: SavedConnection | null;
  switchToElsewhere(): void;
  dismissElsewhere(): void;
  /** The person is connecting by hand: a late answer from another tab is no longer taken. */
  stopWaitingForOtherTabs(): void;
  /** Another tab's late answer connected this one: the connect screen goes on to its link. */
  handedOverLate: boolean;
  acknowledgeHandover(): void;
}

const ConnectionContext = createContext<ConnectionState | null>(null);

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

  const {
    connect,
    disconnect,
    kept,
    elsewhere,
    switchToElsewhere,
    dismissElsewhere,
    stopWaitingForOtherTabs,
    handedOverLate,
    acknowledgeHandover,
  } = shared;
  const state = useMemo(
    () => ({
      connection,
      connect,
      disconnect,
      kept,
      elsewhere,
      switchToElsewhere,
      dismissElsewhere,
      stopWaitingForOtherTabs,
      handedOverLate,
      acknowledgeHandover,
    }),
    [
      connection,
      connect,
      disconnect,
      kept,
      elsewhere,
      switchToElsewhere,
      dismissElsewhere,
      stopWaitingForOtherTabs,
      handedOverLate,
      acknowledgeHandover,
    ],
  );
  // A new tab waits (briefly) for another tab's answer before anything renders, so it never
  // flashes the connect screen at someone who is in fact connected in another tab.
  if (shared.asking) return null;
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
