// What the batch feature shows outside its editor: the Batch link in the top bar, the grid's
// "Add to batch" with its bulk edit, and CSV export. Mounted as `batch` with the app's strings;
// the editor's own words arrive with its code (locales/en.ts and zh-CN.ts, added by strings.ts).
export const batchStartEn = {
  nav: 'Batch ({{count}})',
  // The name starts with the visible text, so speech users can say what they see (WCAG 2.5.3).
  navLabel_one: 'Batch (1 queued operation)',
  navLabel_other: 'Batch ({{count}} queued operations)',
  cancel: 'Cancel',
  close: 'Close',
  bulk: {
    addUpdates: 'Add to batch as updates…',
    addDeletes: 'Add to batch as deletes',
    menu: 'Add to batch',
    title: 'Bulk edit {{count}} customers',
    intro: 'The fields set here are queued as an update of each selected customer.',
    queue: 'Queue updates',
    collecting: 'Collecting the matching customers: {{done}} of {{total}}…',
    added_one: '1 operation added to the batch.',
    added_other: '{{count}} operations added to the batch.',
    open: 'Open batch editor',
    failed: 'Could not collect the matching customers: {{message}}',
  },
  csvExport: {
    button: 'Export CSV',
    title: 'Export customers to CSV',
    scope:
      'Exports every customer matching the current filters, page by page from the store — not only the page shown.',
    columns: 'Columns',
    visibleColumns: 'The columns visible in the grid',
    allFields: 'All fields',
    start: 'Export',
    progress: 'Exporting: {{done}} of {{total}} customers',
    progressLabel: 'Export progress',
    done: 'Exported {{count}} customers to {{file}}.',
    cancelled: 'Export cancelled. Nothing was saved.',
    failed: 'Export failed: {{message}}',
  },
};
