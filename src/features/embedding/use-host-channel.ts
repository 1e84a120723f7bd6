import { useEffect, useRef } from 'react';
import { openHostChannel } from '../../embed/announce-to-host';
import { findHostOrigin } from '../../embed/embed-mode';
import {
  HostMessageSchema,
  PROTOCOL_VERSION,
  envelope,
  isForUs,
  type AppEvent,
  type HostMessage,
} from '../../embed/embed-protocol';

export type SendToHost = (event: AppEvent) => void;

/** Where the app is (routes/hash-location's LocationSource fits), and news of each move. */
export interface NavigationSource {
  location(): { pathname: string; search: string };
  subscribe(listener: () => void): () => void;
}

interface HostChannelOptions {
  allowedOrigins: readonly string[];
  navigation: NavigationSource;
  /** Current facts for the `ready` message. */
  readyState: () => { connected: boolean; locale: string };
  onMessage: (message: HostMessage, send: SendToHost) => void;
}

/**
 * The window plumbing of embed mode: accepts messages only from the parent window on an allowed
 * origin, posts only to that origin (never `*`), and reports `ready`, the content height and
 * route changes. Messages from anyone else are dropped without an answer.
 */
export function useHostChannel(options: HostChannelOptions): void {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const { allowedOrigins, navigation } = options;

  useEffect(() => {
    if (window.parent === window || allowedOrigins.length === 0) return;
    let target = findHostOrigin(allowedOrigins, {
      ancestorOrigins: window.location.ancestorOrigins,
      referrer: document.referrer,
    });
    // Without a known host we still listen (and the origin check below does the refusing), but
    // post nothing until an allowed origin has spoken.
    const send: SendToHost = (event) => {
      if (target) window.parent.postMessage(envelope(event), target);
    };
    const closeChannel = openHostChannel(send);

    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent || !allowedOrigins.includes(event.origin)) return;
      if (!isForUs(event.data)) return;
      target = event.origin;
      const parsed = HostMessageSchema.safeParse(event.data);
      if (!parsed.success) {
        const reason =
          event.data.version === PROTOCOL_VERSION ? 'invalidMessage' : 'unsupportedVersion';
        send({ type: 'message-rejected', reason });
        return;
      }
      latest.current.onMessage(parsed.data, send);
    };
    window.addEventListener('message', onMessage);

    // The host sizes the iframe to the content, so the content must not be sized to the iframe
    // (app-layout drops its 100vh minimum in embed mode), or the two would never shrink.
    const root = document.getElementById('root');
    let lastHeight = -1;
    const observer = new ResizeObserver(() => {
      const height = Math.ceil(root?.getBoundingClientRect().height ?? 0);
      if (height !== lastHeight) {
        lastHeight = height;
        send({ type: 'height', height });
      }
    });
    if (root) observer.observe(root);

    let lastPath: string | null = null;
    const unsubscribe = navigation.subscribe(() => {
      const { pathname, search } = navigation.location();
      const path = pathname + search;
      if (path !== lastPath) {
        lastPath = path;
        send({ type: 'navigated', path });
      }
    });

    send({ type: 'ready', ...latest.current.readyState() });
    return () => {
      window.removeEventListener('message', onMessage);
      observer.disconnect();
      unsubscribe();
      closeChannel();
    };
  }, [allowedOrigins, navigation]);
}
