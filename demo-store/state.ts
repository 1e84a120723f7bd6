// Everything a request handler may read or change: the database, the API keys and site settings.

import type { CustomerIndex } from './analytics/customer-index.ts';
import type { ApiKey } from './auth.ts';
import type { StoreDb } from './db.ts';
import type { OrderBook } from './orders/order-book.ts';
import type { Random } from './seed-random.ts';

export interface SiteSettings {
  name: string;
  description: string;
  timezone: string;
  /** Namespaces the index announces and the router serves. */
  namespaces: string[];
}

export interface StoreState {
  db: StoreDb;
  keys: ApiKey[];
  settings: SiteSettings;
  /** For the random parts WordPress adds (username suffixes), reproducible per seed. */
  rng: Random;
  /** WooCommerce Admin's customer index (registered customers and guests). */
  analytics: CustomerIndex;
  /** Every order (seeded customers' histories, or a data file's orders). */
  orders: OrderBook;
}

/** An API key works only while the user it belongs to exists (WordPress deletes them together). */
export function findKey(state: StoreState, consumerKey: string): ApiKey | null {
  const key = state.keys.find((candidate) => candidate.consumerKey === consumerKey);
  return key && state.db.get(key.userId) ? key : null;
}
