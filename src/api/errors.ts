/** Every failure of the API layer is one of these, so screens can decide what to show by kind alone. */
export type ApiErrorKind =
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'auth'
  | 'forbidden'
  | 'not_found'
  | 'validation'
  | 'too_large'
  | 'rate_limited'
  | 'server'
  | 'bad_response';

export interface ApiErrorInit {
  kind: ApiErrorKind;
  /** Plain text, safe to show: never HTML, never a secret. */
  message: string;
  status?: number;
  code?: string;
  params?: Record<string, string>;
  retryAfterSeconds?: number;
  data?: unknown;
  /** The server's own message as sent; WordPress messages may contain HTML. */
  rawMessage?: string;
  cause?: unknown;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  readonly status?: number;
  /** The WooCommerce / WordPress error code, or one of ours prefixed `customer_desk_`. */
  readonly code?: string;
  /** `data.params` of `rest_invalid_param`: parameter name → explanation. */
  readonly params?: Record<string, string>;
  readonly retryAfterSeconds?: number;
  /** The raw error envelope (or zod issues for `bad_response`). */
  readonly data?: unknown;
  readonly rawMessage?: string;

  constructor(init: ApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.params = init.params;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.data = init.data;
    this.rawMessage = init.rawMessage;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}
