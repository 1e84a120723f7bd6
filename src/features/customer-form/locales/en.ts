export const customerFormEn = {
  actions: {
    edit: 'Edit',
    delete: 'Delete',
  },
};
