import type { DeepStrings } from '../../i18n/deep-strings';
import { batchStartEn } from '../../features/batch/locales/start-en';
import { customerFormStartEn } from '../../features/customer-form/locales/start-en';
import { deploymentEn } from '../../config/locales/en';
import { advancedSearchStartEn } from '../../features/advanced-search/locales/start-en';
import { customerDeleteEn } from '../../features/customer-delete/locales/en';
import { connectionEn } from '../../features/connection/locales/en';
import { savedViewsStartEn } from '../../features/saved-views/locales/start-en';

// English strings: the source of truth for the set of keys. zh-CN must match it (type-checked).
// A feature with many strings keeps them in its own `locales/` folder and is mounted here under
// one top-level key, so features can grow their messages without editing this file.
export const en = {
  app: {
    title: 'Customer Desk',
    skipToContent: 'Skip to main content',
    close: 'Close',
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
    chunkFailed: 'Part of Customer Desk could not be loaded.',
    chunkFailedHelp:
      'The connection may have dropped, or a new version was published while this tab was open. Retry loads the app again; your connection, batch queue and form drafts are kept.',
    retry: 'Retry',
  },
  languages: { en: 'English', 'zh-CN': '简体中文' },
  shortcuts: { title: 'Keyboard shortcuts' },
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
    empty: 'No customers yet.',
    noMatch: 'No customers match these filters.',
    clearFilters: 'Clear filters',
    retry: 'Retry',
    noName: 'No name (#{{id}})',
    yes: 'Yes',
    no: 'No',
    orderNumber: 'Order #{{id}}',
    noCurrency: 'The store did not tell its currency: amounts are shown as plain numbers.',
    sortedAsc: 'sorted ascending',
    sortedDesc: 'sorted descending',
    resize: 'Resize column {{column}}',
    columns: {
      id: 'ID',
      actions: 'Actions',
      name: 'Name',
      email: 'Email',
      username: 'Username',
      role: 'Role',
      location: 'Location',
      orders: 'Orders',
      spent: 'Total spent',
      paying: 'Paying',
      lastOrder: 'Last order',
      registered: 'Registered',
    },
    roles: {
      all: 'All roles',
      administrator: 'Administrator',
      editor: 'Editor',
      author: 'Author',
      contributor: 'Contributor',
      subscriber: 'Subscriber',
      customer: 'Customer',
      shop_manager: 'Shop manager',
    },
    search: {
      label: 'Search customers',
      hint: 'Matches username, email, website and display name — not first or last name, phone or address.',
      clear: 'Clear search',
    },
    filters: {
      button: 'Filters',
      title: 'Filter customers',
      email: 'Exact email',
      emailHelp: 'The whole address, e.g. ann@example.com',
      emailInvalid: 'Enter a complete email address.',
      role: 'Role',
      include: 'Only these IDs',
      exclude: 'Leave out these IDs',
      idsHelp: 'Customer IDs, separated by commas or spaces',
      idsInvalid: 'Not customer IDs: {{tokens}}',
      includeOrder: 'Sort in the order of these IDs',
      apply: 'Apply',
      cancel: 'Cancel',
      active: 'Active filters',
      clearAll: 'Clear all',
      chipSearch: 'Search: {{value}}',
      chipEmail: 'Email: {{value}}',
      chipRole: 'Role: {{value}}',
      chipInclude: 'IDs: {{value}}',
      chipExclude: 'Not IDs: {{value}}',
    },
    layout: {
      columns: 'Columns',
      title: 'Show, hide and order columns',
      moveLeft: 'Move {{column}} left',
      moveRight: 'Move {{column}} right',
      reset: 'Reset columns',
      compact: 'Compact rows',
    },
    pagination: {
      label: 'Pages',
      rowsPerPage: 'Rows per page',
      range: '{{from}}–{{to}} of {{total}}',
      first: 'First page',
      previous: 'Previous page',
      next: 'Next page',
      last: 'Last page',
      page: 'Page',
      ofPages: 'of {{count}}',
    },
    selection: {
      column: 'Selection',
      page: 'Select all customers on this page',
      row: 'Select {{name}}',
      count: '{{formattedCount}} selected',
      selectAll: 'Select all {{formattedCount}} matching customers',
      allSelected: 'All {{formattedCount}} matching customers are selected.',
      clear: 'Clear selection',
    },
  },
  customerDelete: customerDeleteEn,
  customerForm: customerFormStartEn,
  connection: connectionEn,
  deployment: deploymentEn,
  batch: batchStartEn,
  advancedSearch: advancedSearchStartEn,
  savedViews: savedViewsStartEn,
  offline: {
    message:
      'You are offline. What is shown may be out of date; the list refreshes when you are back online.',
  },
  errors: {
    network:
      'The store could not be reached: the network is down, the store is offline, or it does not allow this app (CORS). Check the connection, then try again.',
    timeout: 'The store took too long to answer. It may be busy or stuck; try again in a moment.',
    auth: 'The store refused the API key: {{message}} Reconnect with a valid key (WooCommerce → Settings → Advanced → REST API).',
    forbidden:
      'This key is not allowed to do that: {{message}} Ask the store owner for a key with read/write access.',
    not_found: 'Not found: {{message}} It may have been deleted meanwhile; go back to the list.',
    validation: '{{message}}',
    too_large: 'Too much at once for the store: {{message}} Send fewer items at a time.',
    rate_limited_later: 'The store asks us to slow down. Wait a moment, then try again.',
    rate_limited: 'The store asks us to slow down. Try again in {{seconds}} s.',
    server:
      'The store had an error: {{message}} Try again; if it keeps happening, check the store’s error log.',
    bad_response:
      'The store sent an answer this app cannot read: {{message}} A plugin or the server may be printing extra output; check the store’s PHP settings.',
    aborted: 'The request was cancelled.',
  },
};

export type Messages = DeepStrings<typeof en>;
