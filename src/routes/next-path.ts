import { paths } from './paths';

// Where the connect screen sends you once connected: the link you opened before you had a
// connection, carried in the connect screen's own URL (`#/connect?next=/customers/130`) so it
// survives a reload, a Disconnect and a host page's connect message. It only ever holds an
// in-app path: anything that could leave the app (another origin, a scheme) is dropped.

export const NEXT_PARAM = 'next';

const APP_ORIGIN = 'http://customer-desk.invalid';

/** The in-app path `raw` names, or null when it is missing, malformed or leads out of the app. */
export function safeNextPath(raw: string | null | undefined): string | null {
  if (!raw || raw.length > 2000) return null;
  // One leading slash, then not another slash or a backslash (`//evil`, `/\evil`): browsers read
  // those as another host. No control characters (a tab or newline inside `//` is ignored).
  if (!/^\/(?![/\\])/.test(raw) || raw.includes('\\') || hasControlCharacter(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, APP_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== APP_ORIGIN) return null;
  const path = url.pathname + url.search;
  // Going back to the connect screen after connecting would be a loop.
  if (url.pathname === paths.connect || url.pathname.startsWith(`${paths.connect}/`)) return null;
  return path;
}

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** `#/connect`, remembering `pathname + search` as the place to return to (not for `/`). */
export function connectPathFor(location: { pathname: string; search: string }): string {
  const next = safeNextPath(location.pathname + location.search);
  if (!next || next === '/') return paths.connect;
  return `${paths.connect}?${new URLSearchParams({ [NEXT_PARAM]: next }).toString()}`;
}

/** The link that led to the connect screen, from its query string; null when it was opened as is. */
export function linkedPath(search: string): string | null {
  return safeNextPath(new URLSearchParams(search).get(NEXT_PARAM));
}

/** Where to go after connecting, from the connect screen's query string. */
export function afterConnectPath(search: string): string {
  return linkedPath(search) ?? paths.customers;
}
