import { ApiError, type ApiErrorKind } from './errors';
import { htmlTitle, htmlToText } from './html-text';
import { parseJsonLenient } from './json-body';
import { redactText, redactValue } from './redact';
import { ErrorEnvelopeSchema } from './schemas/error-envelope';

// Codes that mean "no such customer" even though WooCommerce answers 400 (update or delete of a
// missing id in 7.9) or uses the newer 9.x code.
const NOT_FOUND_CODES = new Set([
  'woocommerce_rest_invalid_id',
  'wc_user_invalid_id',
  'rest_no_route',
]);

export function kindForStatus(status: number, code?: string): ApiErrorKind {
  if (code !== undefined && NOT_FOUND_CODES.has(code) && (status === 400 || status === 404)) {
    return 'not_found';
  }
  if (status === 401) return 'auth';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not_found';
  if (status === 413) return 'too_large';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'server';
  if (status >= 400) return 'validation';
  return 'bad_response';
}

/** `Retry-After` is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

const DEFAULT_MESSAGES: Record<ApiErrorKind, string> = {
  network: 'The store could not be reached.',
  timeout: 'The store did not answer in time.',
  aborted: 'The request was cancelled.',
  auth: 'The store did not accept the API keys.',
  forbidden: 'The API keys do not allow this.',
  not_found: 'Not found.',
  validation: 'The store refused the request.',
  too_large: 'The request is too large for the store.',
  rate_limited: 'Too many requests; the store asks to wait.',
  server: 'The store had an internal error.',
  bad_response: 'The store gave an unexpected answer.',
};

function stringParams(
  params: Record<string, unknown> | undefined,
): Record<string, string> | undefined {
  if (!params) return undefined;
  const entries = Object.entries(params).map(([k, v]) => [
    k,
    typeof v === 'string' ? htmlToText(v) : JSON.stringify(v),
  ]);
  return Object.fromEntries(entries);
}

/** Turns a non-2xx response into an ApiError; `secrets` are scrubbed from every text kept. */
export function errorFromResponse(
  status: number,
  headers: Headers,
  body: string,
  secrets: readonly string[],
): ApiError {
  const retryAfterSeconds = parseRetryAfter(headers.get('Retry-After'));
  const parsed = parseJsonLenient(body);
  const envelope = parsed.ok ? ErrorEnvelopeSchema.safeParse(parsed.value) : undefined;
  if (envelope?.success) {
    const { code, message, data } = envelope.data;
    const kind = kindForStatus(status, code);
    const text = redactText(htmlToText(message), secrets);
    return new ApiError({
      kind,
      status,
      code,
      message: text === '' ? DEFAULT_MESSAGES[kind] : text,
      rawMessage: redactText(message, secrets),
      params: stringParams(data?.params),
      retryAfterSeconds,
      data: redactValue(parsed.ok ? parsed.value : undefined, secrets),
    });
  }
  const kind = kindForStatus(status);
  // Not a WordPress error: typically a proxy's HTML page (502, 504) or a host's error page.
  const detail = parsed.ok ? undefined : (htmlTitle(body) ?? htmlToText(body).slice(0, 200));
  const base = `${DEFAULT_MESSAGES[kind]} (HTTP ${status})`;
  return new ApiError({
    kind,
    status,
    message: redactText(detail ? `${base}: ${detail}` : base, secrets),
    retryAfterSeconds,
    data: parsed.ok ? redactValue(parsed.value, secrets) : undefined,
  });
}

export function defaultMessage(kind: ApiErrorKind): string {
  return DEFAULT_MESSAGES[kind];
}
