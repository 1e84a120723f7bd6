// Saved views as the app composes them into the grid's toolbar and the advanced search: the
// button (at start, with the active view's name); its menu and dialogs load when first wanted.
export { ViewsButton } from './views-button';
