import * as z from 'zod/mini';
import { linkSignals } from './abort';
import { ApiError } from './errors';
import { defaultMessage, errorFromResponse } from './http-error';
import { htmlToText } from './html-text';
import { parseJsonLenient } from './json-body';
import { redactText } from './redact';

export interface HttpRequest<T> {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
  timeoutMs: number;
  fetch: typeof fetch;
  schema: z.core.$ZodType<T>;
  /** Texts that must not appear in any error (the consumer secret). */
  secrets: readonly string[];
  /** Shown in network errors so the user knows which address failed; never holds the query. */
  origin: string;
}

export interface HttpResponse<T> {
  data: T;
  status: number;
  headers: Headers;
}

function failure(request: HttpRequest<unknown>, timedOut: boolean, cause: unknown): ApiError {
  if (timedOut) {
    return new ApiError({
      kind: 'timeout',
      message: `${request.origin} did not answer within ${request.timeoutMs / 1000} s.`,
    });
  }
  if (request.signal?.aborted)
    return new ApiError({ kind: 'aborted', message: defaultMessage('aborted') });
  const detail = cause instanceof Error ? ` (${redactText(cause.message, request.secrets)})` : '';
  return new ApiError({
    kind: 'network',
    // A browser reports an unreachable host and a CORS refusal with the same TypeError.
    message: `Could not reach ${request.origin}: the store is unreachable, or the browser blocked the answer (CORS)${detail}.`,
  });
}

function summarizeIssues(error: z.core.$ZodError): string {
  const lines = error.issues.slice(0, 5).map((issue) => {
    const path = issue.path.map(String).join('.') || '(root)';
    return `${path}: ${issue.message}`;
  });
  const more = error.issues.length > 5 ? `; and ${error.issues.length - 5} more` : '';
  return lines.join('; ') + more;
}

export async function sendHttp<T>(request: HttpRequest<T>): Promise<HttpResponse<T>> {
  const linked = linkSignals(request.timeoutMs, request.signal);
  let response: Response;
  let text: string;
  try {
    response = await request.fetch(request.url.href, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: linked.signal,
      // Never send WordPress cookies: a logged-in admin's cookie would mix identities, and
      // `omit` keeps the browser from showing its own login prompt for a 401.
      credentials: 'omit',
      cache: 'no-store',
    });
    // The body read is covered by the same timeout and abort signal.
    text = await response.text();
  } catch (cause) {
    throw failure(request, linked.timedOut(), cause);
  } finally {
    linked.dispose();
  }

  if (!response.ok)
    throw errorFromResponse(response.status, response.headers, text, request.secrets);

  const parsed =
    response.status === 204 ? { ok: true as const, value: null } : parseJsonLenient(text);
  if (!parsed.ok) {
    const snippet = redactText(htmlToText(text).slice(0, 120), request.secrets);
    throw new ApiError({
      kind: 'bad_response',
      status: response.status,
      message: `${defaultMessage('bad_response')} It is not JSON${snippet ? `: ${snippet}` : '.'}`,
    });
  }
  const result = z.safeParse(request.schema, parsed.value);
  if (!result.success) {
    throw new ApiError({
      kind: 'bad_response',
      status: response.status,
      message: `${defaultMessage('bad_response')} ${redactText(summarizeIssues(result.error), request.secrets)}`,
      data: result.error.issues,
    });
  }
  return { data: result.data, status: response.status, headers: response.headers };
}
