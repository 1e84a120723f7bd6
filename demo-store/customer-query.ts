// The WP_User_Query that WooCommerce's customer list builds: role, include/exclude, search with
// WordPress's column rules, exact email, and ordering, then offset and limit.

import { fold, type StoreDb } from './db.ts';
import { isNumeric } from './php.ts';
import type { StoreUser } from './types.ts';

export interface CustomerQuery {
  /** null means every role (`role=all`). */
  role: string | null;
  include: number[];
  exclude: number[];
  /** Already sanitised; '' for none. */
  search: string;
  /** When set, replaces the search with an exact email match (WooCommerce does this). */
  email: string | null;
  orderby: 'id' | 'include' | 'name' | 'registered_date';
  order: 'asc' | 'desc';
  offset: number;
  limit: number;
}

type Matcher = (user: StoreUser) => boolean;

/** WP_User_Query's choice of search columns for a term wrapped in `*…*`. */
function searchMatcher(db: StoreDb, raw: string): Matcher | null {
  const term = raw.replace(/^\*+|\*+$/g, '');
  if (term === '') return null;
  const needle = fold(term);
  if (term.includes('@')) return (user) => db.searchFields(user).email.includes(needle);
  if (isNumeric(term)) {
    const id = Number(term.trim());
    return (user) => user.id === id || db.searchFields(user).login.includes(needle);
  }
  if (/^https?:\/\//.test(term)) return (user) => db.searchFields(user).url.includes(needle);
  // Login, website, email, nicename and display name: never first/last name, phone or address.
  return (user) => db.searchFields(user).all.includes(needle);
}

function baseOrder(db: StoreDb, query: CustomerQuery): readonly number[] {
  switch (query.orderby) {
    case 'id':
      return db.ordered('id');
    case 'name':
      return db.ordered('name');
    case 'registered_date':
      return db.ordered('registered');
    case 'include':
      // ORDER BY FIELD(ID, …) needs a non-empty include; otherwise WordPress falls back to login.
      return query.include.length > 0 ? query.include : db.ordered('login');
  }
}

/**
 * The ids in the order asked. MySQL sorts `ORDER BY user_registered DESC` by that column alone
 * (whole seconds), so users registered in the same second stay in id order both ways.
 */
function sequence(db: StoreDb, query: CustomerQuery): readonly number[] {
  const order = baseOrder(db, query);
  if (query.order !== 'desc') return order;
  const reversed = [...order].reverse();
  if (query.orderby !== 'registered_date') return reversed;
  const second = (id: number | undefined) => Math.floor((db.get(id ?? 0)?.registered ?? 0) / 1000);
  const out: number[] = [];
  for (let start = 0; start < reversed.length;) {
    let end = start + 1;
    while (end < reversed.length && second(reversed[end]) === second(reversed[start])) end++;
    out.push(...reversed.slice(start, end).reverse());
    start = end;
  }
  return out;
}

export function queryUsers(
  db: StoreDb,
  query: CustomerQuery,
): { total: number; users: StoreUser[] } {
  const include = query.include.length > 0 ? new Set(query.include) : null;
  const exclude = new Set(query.exclude);
  const email = query.email === null ? null : fold(query.email);
  const search = email === null ? searchMatcher(db, query.search) : null;
  const order = sequence(db, query);
  const users: StoreUser[] = [];
  let total = 0;
  for (const id of order) {
    const user = db.get(id);
    if (!user) continue;
    if (query.role !== null && user.role !== query.role) continue;
    if (include && !include.has(user.id)) continue;
    if (exclude.has(user.id)) continue;
    if (email !== null && db.searchFields(user).email !== email) continue;
    if (search && !search(user)) continue;
    if (total >= query.offset && users.length < query.limit) users.push(user);
    total++;
  }
  return { total, users };
}
