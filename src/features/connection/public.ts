// Connecting to a store: the guard in front of the screens that need one, the notices about the
// session (keys not kept, another store in another tab) and the checks a host page's connect
// request runs.
export { RequireConnection } from './require-connection';
export { testConnection } from './test-connection';
export { SessionNotices } from './session-notices';
