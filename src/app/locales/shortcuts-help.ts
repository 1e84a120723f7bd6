// The shortcuts dialog's English words travel in the dialog's chunk (added when it loads), not
// in the start chunk, which holds only the button's name (`shortcuts.title`). The Chinese ones are
// in zh-CN.ts, a chunk of its own already, so they need not travel with the dialog.
export const shortcutsHelpEn = {
  intro: 'They do nothing while you type in a field or while a dialog is open.',
  or: 'or',
  close: 'Close',
  groups: { anywhere: 'Anywhere', customers: 'Customers list', customer: 'A customer’s page' },
  actions: {
    help: 'Show this list',
    batch: 'Open the batch editor',
    search: 'Go to the search box (in advanced search too)',
    next: 'Next row (stops at the last row of the page)',
    previous: 'Previous row',
    open: 'Open the customer of the focused row',
    edit: 'Edit this customer',
  },
  keys: { ArrowDown: 'Down arrow', ArrowUp: 'Up arrow', Enter: 'Enter' },
};
