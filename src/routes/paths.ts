// Route paths in one place. Hash history keeps every route inside index.html, so the app works
// from any sub-path of a static host and inside an iframe without server rewrites.
export const paths = {
  connect: '/connect',
  customers: '/customers',
  customer: (id: number) => `/customers/${id}`,
  /** The route pattern behind `customer(id)`. */
  customerPattern: '/customers/:id',
  customerEdit: (id: number) => `/customers/${id}/edit`,
  customerEditPattern: '/customers/:id/edit',
  /** Matched before `customerPattern`: app/router lists the static paths first. */
  customerNew: '/customers/new',
  /** Advanced search through WooCommerce Admin's index; static, so also ranked above `:id`. */
  customerSearch: '/customers/search',
  /** The batch editor: queued creates, updates and deletes. */
  batch: '/batch',
} as const;
