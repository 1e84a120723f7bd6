/** Where this browser keeps its saved views (one list for every store: see views-store.ts). */
export const VIEWS_STORAGE_KEY = 'customer-desk.saved-views';
