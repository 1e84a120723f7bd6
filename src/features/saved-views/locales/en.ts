// Strings of the saved-views menu and dialogs, under `savedViews`; they load with that code.
export const savedViewsEn = {
  menuLabel: 'Saved views',
  none: 'No saved views yet.',
  current: 'current',
  save: 'Save current view…',
  manage: 'Manage views…',
  export: 'Export views',
  import: 'Import views…',
  notKept:
    'This browser cannot keep saved views (storage is full or blocked): they last only until this tab closes. Export them to keep them.',
  opened: 'Opened view “{{name}}”.',
  dropped:
    'Opened view “{{name}}” without a filter API {{version}} does not have: {{filters}}. The view itself is unchanged.',
  saveDialog: {
    title: 'Save current view',
    name: 'Name',
    nameHelp: 'Up to {{max}} characters.',
    whatGrid:
      'Saves the search, filters, sort, rows per page, visible columns, column order and row density. A view always opens on page 1.',
    whatAdvanced:
      'Saves the search, conditions, sort and rows per page. A view always opens on page 1.',
    save: 'Save',
    cancel: 'Cancel',
    saved: 'Saved view “{{name}}”.',
  },
  nameErrors: {
    required: 'Enter a name for the view.',
    tooLong: 'Use at most {{max}} characters ({{length}} now).',
    taken:
      'A view named “{{name}}” already exists. Names must differ (ignoring upper and lower case).',
  },
  manageDialog: {
    title: 'Manage views',
    list: 'Saved views',
    close: 'Close',
    grid: 'All customers',
    advanced: 'Advanced search',
    rename: 'Rename {{name}}',
    renameField: 'New name for {{name}}',
    renameSave: 'Save name',
    renameCancel: 'Cancel renaming',
    moveUp: 'Move {{name}} up',
    moveDown: 'Move {{name}} down',
    delete: 'Delete {{name}}',
    deleted: 'Deleted view “{{name}}”.',
    undo: 'Undo',
    empty: 'No saved views.',
  },
  exported: 'Exported {{count}} views to {{file}}.',
  imported_one: 'Imported {{count}} view.',
  imported_other: 'Imported {{count}} views.',
  renamed: 'Renamed to keep names unique: {{list}}.',
  importErrors: {
    title: 'Could not import {{file}}. Nothing was imported.',
    tooLarge: 'The file is too large for a views file (over 1 MB).',
    notJson: 'The file is not JSON: {{detail}}',
    notViewsFile:
      'This is not a Customer Desk views file: it needs "format": "customer-desk-views" at its top level.',
    badVersion: 'The file has no valid format version ("version" must be a whole number).',
    newerVersion:
      'The file is format version {{version}}, made by a newer Customer Desk; this one reads version 1.',
    noViews: 'The file has no views (its "views" list is missing or empty).',
    tooMany: 'That would make {{count}} views; at most {{max}} can be kept.',
    badEntries: '{{bad}} of {{count}} views are not valid: {{list}}.',
    entry: 'view {{position}}',
    entryNamed: 'view {{position}} (“{{name}}”)',
    fields: {
      entry: 'not a view object',
      name: 'name missing, empty or over 80 characters',
      screen: 'screen must be "grid" or "advanced"',
      query: 'query must be text',
      layout: 'layout is not valid',
      apiVersion: 'apiVersion must be "v1", "v2" or "v3"',
    },
  },
};
