// The saved-views strings the toolbar button needs at start, mounted as `savedViews` with the
// app's English. The rest (menu, dialogs, import errors) arrive with the menu's code:
// locales/en.ts and zh-CN.ts, added by views-strings.ts.
export const savedViewsStartEn = {
  button: 'Views',
  /** Between the button's word and the active view's name: "Views: Berlin". */
  activeSeparator: ': ',
};
