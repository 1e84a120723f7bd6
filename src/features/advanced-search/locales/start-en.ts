// What the grid shows of the advanced search (the mode tabs, the search box's hint), mounted as
// `advancedSearch` with the app's strings. The screen's own words arrive with its code:
// locales/en.ts and zh-CN.ts, added by strings.ts.
export const advancedSearchStartEn = {
  modes: {
    label: 'How to find customers',
    grid: 'All customers',
    advanced: 'Advanced search',
  },
  unavailable:
    'Advanced search (by first or last name, place, orders and activity) needs WooCommerce Admin’s analytics index, which this store does not offer (no wc-analytics in its REST index). Search here matches username, email, website and display name only.',
  gridHint:
    'Matches username, email, website and display name only. For first or last name, country, orders or spend:',
  gridHintLink: 'Advanced search',
};
