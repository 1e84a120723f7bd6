// The faults a real store, or what stands in front of it, produces — injected through the demo
// store's /__demo/faults rules (demo-store/README.md), with what the user must then read.

export interface FaultCase {
  id: string;
  /** The demo store's fault spec; null for a fault of the browser, not the store. */
  fault: Record<string, unknown> | null;
  /**
   * The browser refuses web storage (a cross-site iframe with third-party storage blocked): the
   * app connects through the connect screen for the page's lifetime, and every flow must still
   * work, saying what cannot be kept.
   */
  blocksStorage?: boolean;
  /** What the app says; null when the app copes and the flow simply succeeds. */
  message: RegExp | null;
  /** Idempotent reads retry this by themselves (with backoff) before showing the message. */
  readsRetry: boolean;
}

const wcError = (status: number, code: string, message: string) => ({
  type: 'status',
  status,
  body: { code, message, data: { status } },
});

export const FAULTS: FaultCase[] = [
  {
    id: '500 WooCommerce error',
    fault: wcError(500, 'internal_server_error', 'Database connection went away.'),
    message: /The store had an error: Database connection went away\. Try again/,
    readsRetry: true,
  },
  {
    id: '502 HTML page',
    fault: { type: 'html', status: 502 },
    message: /The store had an error.*HTTP 502.*Try again/,
    readsRetry: true,
  },
  {
    id: 'invalid JSON',
    fault: { type: 'invalid-json' },
    message: /answer this app cannot read.*check the store’s PHP settings/,
    readsRetry: false,
  },
  { id: 'PHP notice before JSON', fault: { type: 'php-notice' }, message: null, readsRetry: false },
  {
    id: '30 s stall',
    // Longer than the client's timeout, which config.json sets to 3 s for this suite.
    fault: { type: 'delay', ms: 30_000 },
    message: /took too long to answer.*try again/,
    readsRetry: true,
  },
  {
    id: 'dropped connection',
    fault: { type: 'drop' },
    message: /could not be reached.*try again/,
    readsRetry: true,
  },
  {
    id: '401 revoked key',
    fault: wcError(401, 'woocommerce_rest_authentication_error', 'Consumer key is invalid.'),
    message: /refused the API key: Consumer key is invalid\. Reconnect with a valid key/,
    readsRetry: false,
  },
  {
    id: '403 read-only key',
    fault: wcError(
      403,
      'woocommerce_rest_cannot_edit',
      'Sorry, you are not allowed to edit this resource.',
    ),
    message: /not allowed to do that: .* Ask the store owner for a key with read\/write access/,
    readsRetry: false,
  },
  {
    id: '404 deleted meanwhile',
    fault: wcError(404, 'woocommerce_rest_invalid_id', 'Invalid ID.'),
    message: /Not found: Invalid ID\. It may have been deleted|no longer exists|not found/i,
    readsRetry: false,
  },
  {
    id: '413 too large',
    fault: wcError(
      413,
      'woocommerce_rest_request_entity_too_large',
      'Unable to accept more than 100 items for this request.',
    ),
    message: /Too much at once for the store: Unable to accept more than 100 items.*Send fewer/,
    readsRetry: false,
  },
  {
    id: '429 Retry-After',
    fault: {
      ...wcError(429, 'too_many_requests', 'Too many requests.'),
      headers: { 'Retry-After': '1' },
    },
    // WordPress does not expose Retry-After to other origins, so the app cannot name the wait.
    message: /asks us to slow down\. Wait a moment, then try again/,
    readsRetry: true,
  },
  {
    id: 'CORS failure',
    fault: { type: 'no-cors' },
    message: /could not be reached.*\(CORS\)/,
    readsRetry: true,
  },
  {
    id: 'storage blocked',
    fault: null,
    blocksStorage: true,
    message: null,
    readsRetry: false,
  },
];
