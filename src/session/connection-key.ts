/** Where a kept connection lives, in local or session storage (connection-storage.ts). */
export const CONNECTION_STORAGE_KEY = 'customer-desk.connection';
