// The words of the customer form's buttons elsewhere (the grid's New customer, the customer page's
// Edit), mounted as `customerForm` with the app's strings. The form's own words arrive with its
// code: locales/en.ts and zh-CN.ts, added by strings.ts.
export const customerFormStartEn = {
  actions: {
    edit: 'Edit',
    newCustomer: 'New customer',
  },
};
