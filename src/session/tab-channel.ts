import * as z from 'zod/mini';
import { SavedConnectionSchema, type SavedConnection } from './connection-settings';

// Tabs of the same app (same origin) share the connection in memory over a BroadcastChannel, so
// a new tab does not ask for the keys again and the secret never has to be written anywhere that
// outlives the tabs. The channel is in-memory and same-origin only: nothing here is stored.
//
//   new tab:        ask {id}                 — "is anyone connected?"
//   connected tab:  offer {to, connection}   — only a connected tab answers
//   any tab:        connected {connection}   — after a connect (form, host page) in that tab
//   any tab:        disconnected             — Disconnect in one tab disconnects all

export const CHANNEL_NAME = 'customer-desk.session.v1';

/** How long a new tab without its own connection waits for another tab's answer. */
export const HANDSHAKE_MS = 250;
/**
 * How long after that an answer is still taken. A connected tab whose main thread is busy (a big
 * page drawing, a CSV being sent) answers late; the new tab shows the connect screen meanwhile.
 */
export const LATE_ANSWER_MS = 10_000;

function buildTabMessageSchema() {
  return z.discriminatedUnion('type', [
    z.object({ type: z.literal('ask'), id: z.string() }),
    z.object({ type: z.literal('offer'), to: z.string(), connection: SavedConnectionSchema }),
    z.object({ type: z.literal('connected'), connection: SavedConnectionSchema }),
    z.object({ type: z.literal('disconnected') }),
  ]);
}
type TabMessage = z.infer<ReturnType<typeof buildTabMessageSchema>>;
// Built on first use, not at module load: this module can be evaluated before main.tsx has
// switched zod to its jitless mode, and a schema built earlier would probe for `new Function`
// (a CSP violation; see config/zod-without-eval.ts).
let tabMessageSchema: ReturnType<typeof buildTabMessageSchema> | undefined;

export interface TabChannelHandlers {
  /** This tab's connection, offered to a tab that asks; null: stay silent. */
  current(): SavedConnection | null;
  onConnected(connection: SavedConnection): void;
  onDisconnected(): void;
}

export interface AskOptions {
  timeoutMs?: number;
  /** Called with an answer that comes after `timeoutMs` but within `lateMs` (once at most). */
  onLateAnswer?: (connection: SavedConnection) => void;
  lateMs?: number;
}

export interface TabChannel {
  /** Another tab's connection, or null when none answered within `timeoutMs`. */
  ask(options?: AskOptions): Promise<SavedConnection | null>;
  announceConnected(connection: SavedConnection): void;
  announceDisconnected(): void;
  close(): void;
}

export function canShareAcrossTabs(): boolean {
  return typeof BroadcastChannel === 'function';
}

/** Null where the browser has no BroadcastChannel (or refuses one): every tab is on its own. */
export function openTabChannel(handlers: TabChannelHandlers): TabChannel | null {
  if (!canShareAcrossTabs()) return null;
  let channel: BroadcastChannel;
  try {
    channel = new BroadcastChannel(CHANNEL_NAME);
  } catch {
    return null;
  }
  const waiting = new Map<string, (connection: SavedConnection) => void>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  /** A timer that close() clears. */
  const later = (ms: number, task: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      task();
    }, ms);
    timers.add(timer);
    return timer;
  };
  const cancel = (timer: ReturnType<typeof setTimeout>) => {
    clearTimeout(timer);
    timers.delete(timer);
  };
  const post = (message: TabMessage) => {
    try {
      channel.postMessage(message);
    } catch {
      /* closed meanwhile */
    }
  };

  channel.onmessage = (event: MessageEvent) => {
    tabMessageSchema ??= buildTabMessageSchema();
    const parsed = tabMessageSchema.safeParse(event.data);
    if (!parsed.success) return;
    const message = parsed.data;
    switch (message.type) {
      case 'ask': {
        const connection = handlers.current();
        if (connection) post({ type: 'offer', to: message.id, connection });
        break;
      }
      case 'offer':
        waiting.get(message.to)?.(message.connection);
        break;
      case 'connected':
        handlers.onConnected(message.connection);
        break;
      case 'disconnected':
        handlers.onDisconnected();
        break;
    }
  };

  return {
    ask({ timeoutMs = HANDSHAKE_MS, onLateAnswer, lateMs = LATE_ANSWER_MS } = {}) {
      // Not crypto.randomUUID(): it exists only in secure contexts, and the app may be on http.
      const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
      return new Promise((resolve) => {
        // In time, the answer settles the promise; after `timeoutMs` (null), it goes to
        // onLateAnswer until `lateMs` more have passed.
        let late = false;
        let timer = later(timeoutMs, () => {
          resolve(null);
          if (!onLateAnswer) {
            waiting.delete(id);
            return;
          }
          late = true;
          timer = later(lateMs, () => waiting.delete(id));
        });
        waiting.set(id, (connection) => {
          cancel(timer);
          waiting.delete(id);
          if (late) onLateAnswer?.(connection);
          else resolve(connection);
        });
        post({ type: 'ask', id });
      });
    },
    announceConnected: (connection) => post({ type: 'connected', connection }),
    announceDisconnected: () => post({ type: 'disconnected' }),
    /** A question still waiting is dropped unanswered: its tab is going away. */
    close() {
      for (const timer of timers) clearTimeout(timer);
      waiting.clear();
      channel.close();
    },
  };
}

/** Same store, key, version and auth mode: the same connection, whatever "remember" says. */
export function sameConnection(a: SavedConnection, b: SavedConnection): boolean {
  return (
    a.storeUrl === b.storeUrl &&
    a.consumerKey === b.consumerKey &&
    a.consumerSecret === b.consumerSecret &&
    a.version === b.version &&
    a.authMode === b.authMode
  );
}
