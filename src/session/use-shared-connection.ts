import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { SavedConnection } from './connection-settings';
import { forgetConnection, loadConnection, saveConnection } from './connection-storage';
import { canShareAcrossTabs, openTabChannel, sameConnection, type TabChannel } from './tab-channel';

export const HANDSHAKE_MEASURE = 'customer-desk:tab-handshake';

/** What screens know and do of this tab's connection (ConnectionProvider hands it down). */
export interface SharedConnection {
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

/**
 * The connection of this tab: its own (session or device storage), else one handed over in memory
 * by another connected tab when this one opened (even late, until the person starts to connect by
 * hand: `stopWaitingForOtherTabs`). Disconnect reaches every tab; a tab connected to one store
 * that hears of another store or key keeps its own and offers the switch (`elsewhere`).
 */
export function useSharedConnection(): SharedConnection & { asking: boolean } {
  const queryClient = useQueryClient();
  const [own] = useState(loadConnection);
  const [connection, setConnection] = useState<SavedConnection | null>(own);
  // A tab with its own connection never waits; one without asks the others first.
  const [asking, setAsking] = useState(() => own === null && canShareAcrossTabs());
  const [kept, setKept] = useState(true);
  const [elsewhere, setElsewhere] = useState<SavedConnection | null>(null);
  const current = useRef(connection);
  // An answer that comes after the handshake time is still taken, unless the person has begun
  // to connect by hand here meanwhile: what they type is never swapped for another tab's store.
  const lateAnswerWelcome = useRef(true);
  // Set when a late answer connected this tab: the connect screen then goes on to its link.
  const [handedOverLate, setHandedOverLate] = useState(false);
  const channel = useRef<TabChannel | null>(null);

  const adopt = useCallback((next: SavedConnection | null) => {
    current.current = next;
    setConnection(next);
    setElsewhere(null);
    setHandedOverLate(false);
    if (next) setKept(saveConnection(next));
    else forgetConnection();
  }, []);

  const dropLocally = useCallback(() => {
    adopt(null);
    // Cached customers belong to the store we leave; nothing of theirs may linger.
    queryClient.clear();
  }, [adopt, queryClient]);

  useEffect(() => {
    let live = true;
    const opened = openTabChannel({
      current: () => current.current,
      // A tab takes another's connection only when it opens (the question below). Later, a
      // connect elsewhere is only offered here: never swapped under the person using this tab.
      onConnected(other) {
        const mine = current.current;
        if (mine && !sameConnection(mine, other)) setElsewhere(other);
      },
      onDisconnected: dropLocally,
    });
    channel.current = opened;
    if (own === null && opened) {
      const started = performance.now();
      const onLateAnswer = (other: SavedConnection) => {
        if (!live || !lateAnswerWelcome.current || current.current) return;
        adopt(other);
        setHandedOverLate(true);
      };
      void opened.ask({ onLateAnswer }).then((other) => {
        if (!live) return;
        if (other && !current.current) adopt(other);
        performance.measure(HANDSHAKE_MEASURE, { start: started, end: performance.now() });
        setAsking(false);
      });
    } else {
      setAsking(false);
    }
    return () => {
      live = false;
      opened?.close();
      channel.current = null;
    };
  }, [own, adopt, dropLocally]);

  const connect = useCallback(
    (next: SavedConnection) => {
      adopt(next);
      channel.current?.announceConnected(next);
    },
    [adopt],
  );

  const disconnect = useCallback(() => {
    dropLocally();
    channel.current?.announceDisconnected();
  }, [dropLocally]);

  const switchToElsewhere = useCallback(() => {
    if (!elsewhere) return;
    adopt(elsewhere);
    queryClient.clear();
  }, [elsewhere, adopt, queryClient]);

  const dismissElsewhere = useCallback(() => setElsewhere(null), []);

  const stopWaitingForOtherTabs = useCallback(() => {
    lateAnswerWelcome.current = false;
  }, []);

  const acknowledgeHandover = useCallback(() => setHandedOverLate(false), []);

  // One object while nothing changes: it is the context value every screen reads.
  return useMemo(
    () => ({
      connection,
      asking,
      kept,
      elsewhere,
      connect,
      disconnect,
      switchToElsewhere,
      dismissElsewhere,
      stopWaitingForOtherTabs,
      handedOverLate,
      acknowledgeHandover,
    }),
    [
      connection,
      asking,
      kept,
      elsewhere,
      connect,
      disconnect,
      switchToElsewhere,
      dismissElsewhere,
      stopWaitingForOtherTabs,
      handedOverLate,
      acknowledgeHandover,
    ],
  );
}
