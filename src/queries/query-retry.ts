import { isApiError, type ApiErrorKind } from '../api/errors';

// Reads are idempotent, so passing failures are retried; a 4xx will fail the same way again.
// Writes never use this: the app's QueryClient sets `mutations.retry: false`.

export const MAX_QUERY_RETRIES = 3;

/** Beyond this the store asks for a real pause; show the error instead of spinning. */
export const MAX_RETRY_AFTER_SECONDS = 60;

const RETRYABLE: ReadonlySet<ApiErrorKind> = new Set([
  'network',
  'timeout',
  'server',
  'rate_limited',
]);

/** For `queries.retry`. React Query passes the failures so far, starting at 0. */
export function shouldRetryQuery(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_QUERY_RETRIES || !isApiError(error) || !RETRYABLE.has(error.kind)) {
    return false;
  }
  return (error.retryAfterSeconds ?? 0) <= MAX_RETRY_AFTER_SECONDS;
}

/** For `queries.retryDelay`: the store's Retry-After when given, else 1 s, 2 s, 4 s… (max 30 s). */
export function retryDelayFor(failureCount: number, error: unknown): number {
  if (isApiError(error) && error.retryAfterSeconds !== undefined) {
    return Math.min(error.retryAfterSeconds, MAX_RETRY_AFTER_SECONDS) * 1000;
  }
  return Math.min(1000 * 2 ** failureCount, 30_000);
}
