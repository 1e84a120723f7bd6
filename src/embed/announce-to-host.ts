import type { AppEvent } from './embed-protocol';

// Other features tell the host page about changes without knowing whether the app is embedded:
//
//   import { announceToHost } from './announce-to-host';
//   announceToHost({ type: 'customer-saved', id: saved.id });   // after an update succeeded
//   announceToHost({ type: 'customer-created', id: created.id });
//   announceToHost({ type: 'customer-deleted', id });
//
// Outside an iframe, or with no allowed host, this does nothing. Only ids travel: never names,
// emails or keys.

export type ChangeEvent = Extract<
  AppEvent,
  { type: 'customer-saved' | 'customer-created' | 'customer-deleted' }
>;

let post: ((event: AppEvent) => void) | null = null;

export function announceToHost(event: ChangeEvent): void {
  post?.({ type: event.type, id: event.id });
}

/** Called by the embed bridge while it runs; returns the function that closes the channel. */
export function openHostChannel(send: (event: AppEvent) => void): () => void {
  post = send;
  return () => {
    if (post === send) post = null;
  };
}
