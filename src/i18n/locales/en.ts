// English strings: the source of truth for the set of keys. zh-CN must match it (type-checked).
export const en = {
  app: {
    title: 'Customer Desk',
    skipToContent: 'Skip to main content',
    language: 'Language',
    theme: 'Colour theme',
    themeSystem: 'Follow system',
    themeLight: 'Light',
    themeDark: 'Dark',
    settings: 'Display settings',
    disconnect: 'Disconnect',
    connectedTo: 'Connected to {{store}} (API {{version}})',
    notFound: 'This page does not exist.',
    backHome: 'Back to the start',
    crashed: 'Something went wrong on this screen.',
    reload: 'Reload',
  },
  languages: { en: 'English', 'zh-CN': '简体中文' },
  connect: {
    title: 'Connect to your store',
    intro:
      'Enter your WooCommerce store address and a REST API key (WooCommerce → Settings → Advanced → REST API).',
    storeUrl: 'Store URL',
    storeUrlHelp: 'The address of the WordPress site, e.g. https://shop.example.com',
    version: 'API version',
    versionAuto: 'Detect automatically',
    versionDetected: 'Detected: {{versions}}',
    consumerKey: 'Consumer key',
    consumerSecret: 'Consumer secret',
    showSecret: 'Show secret',
    hideSecret: 'Hide secret',
    authMode: 'Authentication',
    authAuto: 'Automatic (HTTPS: Basic, HTTP: OAuth 1.0a)',
    authBasic: 'HTTP Basic (HTTPS only)',
    authQuery: 'Keys in the query string (HTTPS only)',
    authOauth1: 'OAuth 1.0a signature',
    queryWarning:
      'Query-string keys end up in server and proxy logs and browser history. Use them only if your server strips the Authorization header.',
    remember: 'Remember on this device',
    rememberHelp: 'Off: the keys are forgotten when this tab closes.',
    test: 'Test connection',
    testing: 'Testing…',
    connect: 'Connect',
    success: 'Connected to {{store}}. WooCommerce API {{version}} with {{access}} access.',
    accessReadWrite: 'read/write',
    accessReadOnly: 'read-only',
    insecureWarning:
      'This store is on plain HTTP. Requests are signed with OAuth 1.0a, but customer data travels unencrypted.',
    readOnlyWarning:
      'This key is read-only: you can browse customers but every change will be refused. Create a Read/Write key to edit.',
    errors: {
      invalidUrl: 'Enter a full address starting with http:// or https://',
      required: 'Required',
      unreachable:
        'Could not reach {{url}}. The address may be wrong, the site may be down, or it blocks requests from this app (CORS).',
      notWordPress:
        '{{url}} answered, but it is not a WordPress site with the REST API enabled (no /wp-json/ index).',
      noWooCommerce:
        '{{url}} is a WordPress site, but the WooCommerce REST API is not available there. Is WooCommerce active?',
      versionNotOffered: 'This store does not offer API {{version}}. It offers: {{versions}}.',
      httpsRequired:
        'HTTP Basic and query-string keys only work over HTTPS. Use an https:// address or choose OAuth 1.0a.',
      wrongSecret: 'The consumer secret is wrong for this key. Copy it again from WooCommerce.',
      wrongKey:
        'The store did not accept this consumer key. Check that the key exists and was copied completely.',
      signatureRejected:
        'The store rejected the OAuth signature: check the consumer secret (and that the site address matches the store’s own URL).',
      clockSkew:
        'The store rejected the request time. Check that this computer’s clock is correct.',
      corsAfterIndex:
        'The store is reachable, but authenticated requests are blocked. A proxy or security plugin may strip the Authorization header or CORS headers.',
      timeout: 'The store took too long to answer. Try again.',
      other: 'The store answered with an error: {{message}}',
    },
  },
  customers: {
    title: 'Customers',
    loading: 'Loading customers…',
    total_one: '{{formattedCount}} customer',
    total_other: '{{formattedCount}} customers',
    empty: 'No customers yet.',
    retry: 'Retry',
    columns: {
      name: 'Name',
      email: 'Email',
      username: 'Username',
      role: 'Role',
      location: 'Location',
      registered: 'Registered',
    },
  },
  errors: {
    network: 'The store could not be reached. Check your connection.',
    timeout: 'The store took too long to answer.',
    auth: 'The store refused the API key: {{message}}',
    forbidden: 'This key is not allowed to do that: {{message}}',
    not_found: 'Not found: {{message}}',
    validation: '{{message}}',
    too_large: 'Too much at once: {{message}}',
    rate_limited: 'The store asks us to slow down. Try again in {{seconds}} s.',
    server: 'The store had an error: {{message}}',
    bad_response: 'The store sent an answer this app cannot read: {{message}}',
    aborted: 'The request was cancelled.',
  },
};

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
export type Messages = DeepStrings<typeof en>;
