// Connecting to a store: the guard in front of the screens that need one, the connect screen
// and the checks a host page's connect request runs.
export { RequireConnection } from './require-connection';
export { testConnection } from './test-connection';
