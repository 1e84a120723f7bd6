// Connecting to a store: the guard in front of the screens that need one, the connect screen
// (loaded only when there is no connection) and the checks a host page's connect request runs.
export { RequireConnection } from './require-connection';
export { testConnection } from './test-connection';
export const loadConnectScreen = () => import('./connect-page').then((m) => m.ConnectPage);
export { SessionNotices } from './session-notices';
