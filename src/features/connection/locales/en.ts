// The connected session beyond the connect form: keys that cannot be kept, other tabs, and a
// store that signs against another address than the one typed. Mounted as `connection`.
export const connectionEn = {
  notKept:
    'This browser does not let the app store anything here (storage is blocked, e.g. in an embedded frame), so your keys are kept only until this page is closed or reloaded.',
  dismiss: 'Dismiss',
  elsewhere:
    'Another tab is now connected to {{other}} ({{otherUrl}}) with other keys. This tab stays connected to {{current}}; nothing here has changed.',
  switchTab: 'Switch this tab to {{other}}',
  stay: 'Stay on {{current}}',
  mismatch: {
    signature:
      'The store rejected the signature because it signs requests against its own address, which is not the address you typed.',
    basic:
      'The store did not see your key: it believes it is reached at another address (often a proxy in front of it changes the scheme, host or port).',
    https:
      'The store says its address is on HTTPS: HTTP Basic and query-string keys only work over HTTPS.',
    typed: 'You typed',
    reported: 'The store’s own address',
    whatToDo: 'What to do',
    useStoreAddress: 'Connect with the store’s own address (button below).',
    fixWordPress:
      'If the store’s address is wrong, correct “WordPress Address (URL)” and “Site Address (URL)” under Settings → General in WordPress.',
    fixProxy:
      'Behind a proxy or load balancer: pass the original Host header (and X-Forwarded-Proto for HTTPS) through to WordPress.',
    useButton: 'Use the store’s address',
  },
};
