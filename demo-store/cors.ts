// The CORS headers WordPress sends on every REST response, errors included: it echoes any
// Origin with credentials allowed, exposes the pagination headers and allows only the request
// headers below (so e.g. X-Requested-With makes a browser block the request).

export const EXPOSE_HEADERS = 'X-WP-Total, X-WP-TotalPages, Link';
export const ALLOW_HEADERS =
  'Authorization, X-WP-Nonce, Content-Disposition, Content-MD5, Content-Type';
export const ALLOW_METHODS = 'OPTIONS, GET, POST, PUT, PATCH, DELETE';

export function applyCors(
  headers: Headers,
  origin: string | null,
  method: string,
  loggedIn: boolean,
): void {
  headers.set('Access-Control-Expose-Headers', EXPOSE_HEADERS);
  headers.set('Access-Control-Allow-Headers', ALLOW_HEADERS);
  if (origin) {
    headers.set('Access-Control-Allow-Origin', origin);
    headers.set('Access-Control-Allow-Methods', ALLOW_METHODS);
    headers.set('Access-Control-Allow-Credentials', 'true');
    headers.append('Vary', 'Origin');
  } else if (method === 'GET' && !loggedIn) {
    headers.append('Vary', 'Origin');
  }
}

const CORS_HEADERS = [
  'Access-Control-Expose-Headers',
  'Access-Control-Allow-Headers',
  'Access-Control-Allow-Origin',
  'Access-Control-Allow-Methods',
  'Access-Control-Allow-Credentials',
];

export function stripCors(headers: Headers): void {
  for (const name of CORS_HEADERS) headers.delete(name);
}
