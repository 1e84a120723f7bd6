// Turning a fault rule into the answer the client sees. The normal answer is produced first for
// the faults that only alter it (or when `when: "after"` asks for the write to happen anyway).

import { applyCors, stripCors } from './cors.ts';
import { phpJsonEncode } from './errors.ts';
import type { FaultSpec } from './faults.ts';
import type { JsonValue } from './types.ts';

export const PHP_NOTICE =
  '<br />\n<b>Notice</b>: Undefined index: foo in <b>/var/www/html/wp-content/plugins/x.php</b> on line <b>12</b><br />\n';

const CRITICAL_ERROR: JsonValue = {
  code: 'internal_server_error',
  message:
    '<p>There has been a critical error on this website.</p><p><a href="https://wordpress.org/documentation/article/faq-troubleshooting/">Learn more about troubleshooting WordPress.</a></p>',
  data: { status: 500 },
  additional_errors: [],
};

function statusText(status: number): string {
  const texts: Record<number, string> = {
    500: 'Internal Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    504: 'Gateway Timeout',
  };
  return texts[status] ?? 'Error';
}

/** A fault that replaces the answer entirely (status or html). */
export function replacementResponse(
  fault: FaultSpec,
  origin: string | null,
  method: string,
): Response {
  const headers = new Headers(fault.headers);
  let body: string;
  let status: number;
  if (fault.type === 'html') {
    status = fault.status ?? 502;
    headers.set('Content-Type', 'text/html');
    body =
      typeof fault.body === 'string'
        ? fault.body
        : `<html>\r\n<head><title>${status} ${statusText(status)}</title></head>\r\n<body>\r\n<center><h1>${status} ${statusText(status)}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
  } else {
    status = fault.status ?? 500;
    if (!headers.has('Content-Type'))
      headers.set('Content-Type', 'application/json; charset=UTF-8');
    const fallback =
      status === 500
        ? CRITICAL_ERROR
        : { code: 'demo_store_fault', message: 'Injected fault.', data: { status } };
    body = typeof fault.body === 'string' ? fault.body : phpJsonEncode(fault.body ?? fallback);
  }
  if (fault.cors !== false) applyCors(headers, origin, method, false);
  return new Response(method === 'HEAD' ? null : body, { status, headers });
}

/** Faults that keep the store's answer but damage it. */
export async function alteredResponse(fault: FaultSpec, response: Response): Promise<Response> {
  const headers = new Headers(response.headers);
  if (fault.type === 'no-cors') {
    stripCors(headers);
    return new Response(response.body, { status: response.status, headers });
  }
  const text = await response.text();
  headers.delete('Content-Length');
  if (fault.type === 'php-notice') {
    return new Response(PHP_NOTICE + text, { status: response.status, headers });
  }
  // invalid-json: the answer cut in half, as when a proxy or PHP dies mid-response.
  const cut = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
  return new Response(cut === text ? `${text}<` : cut, {
    status: fault.status ?? response.status,
    headers,
  });
}

export function sleep(ms: number, signal: AbortSignal | null): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
