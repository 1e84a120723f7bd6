// In-memory WordPress users. Lookups by email and login are case-insensitive like MySQL's
// collation; sort orders are built on first use and then kept up to date on every write, so a
// list request never sorts the whole table.

import { removeAccents } from './php.ts';
import { SortedIndex } from './sorted-index.ts';
import type { StoreUser } from './types.ts';

export type SortKey = 'id' | 'name' | 'registered' | 'login';

const foldCache = new Map<string, string>();

/** Case- and accent-insensitive form, close to MySQL's utf8mb4_unicode_ci comparisons. */
export function fold(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return value.toLowerCase();
  let folded = foldCache.get(value);
  if (folded === undefined) {
    folded = removeAccents(value).toLowerCase();
    // Names repeat a lot; a bounded cache keeps memory flat on huge stores.
    if (foldCache.size < 50_000) foldCache.set(value, folded);
  }
  return folded;
}

export interface SearchFields {
  login: string;
  email: string;
  url: string;
  /** login, url, email, nicename and display name joined by NUL, for one substring test. */
  all: string;
}

export class StoreDb {
  private readonly users = new Map<number, StoreUser>();
  private emailIndex: Map<string, number> | null = null;
  private loginIndex: Map<string, number> | null = null;
  private readonly searchCache = new Map<number, SearchFields>();
  private readonly indexes = new Map<SortKey, SortedIndex>();
  private ids: number[] = [];
  nextUserId: number;
  nextMetaId: number;

  constructor(users: StoreUser[], nextMetaId: number) {
    let maxId = 0;
    let sorted = true;
    for (const user of users) {
      this.users.set(user.id, user);
      if (user.id < maxId) sorted = false;
      maxId = Math.max(maxId, user.id);
    }
    this.ids = [...this.users.keys()];
    if (!sorted) this.ids.sort((a, b) => a - b);
    this.nextUserId = maxId + 1;
    this.nextMetaId = nextMetaId;
  }

  /** Built on first use: a 100k-user store starts faster, and most runs only read. */
  private get emails(): Map<string, number> {
    if (!this.emailIndex) {
      this.emailIndex = new Map();
      for (const user of this.users.values())
        this.emailIndex.set(user.email.toLowerCase(), user.id);
    }
    return this.emailIndex;
  }

  private get logins(): Map<string, number> {
    if (!this.loginIndex) {
      this.loginIndex = new Map();
      for (const user of this.users.values())
        this.loginIndex.set(user.login.toLowerCase(), user.id);
    }
    return this.loginIndex;
  }

  get size(): number {
    return this.users.size;
  }

  get(id: number): StoreUser | undefined {
    return this.users.get(id);
  }

  /** WordPress `email_exists()`: the id of the user with that email, case-insensitively. */
  emailOwner(email: string): number | undefined {
    return this.emails.get(email.toLowerCase());
  }

  /** WordPress `username_exists()`. */
  loginOwner(login: string): number | undefined {
    return this.logins.get(login.toLowerCase());
  }

  allocateMetaId(): number {
    return this.nextMetaId++;
  }

  /** Ids in ascending order of `key` (ties by id). */
  ordered(key: SortKey): readonly number[] {
    if (key === 'id') return this.ids;
    let index = this.indexes.get(key);
    if (!index) {
      index = new SortedIndex(this.sortValue(key));
      index.build(this.ids);
      this.indexes.set(key, index);
    }
    return index.ids;
  }

  searchFields(user: StoreUser): SearchFields {
    let fields = this.searchCache.get(user.id);
    if (!fields) {
      const login = fold(user.login);
      const email = fold(user.email);
      const url = fold(user.url);
      const all = [login, url, email, fold(user.nicename), fold(user.displayName)].join('\0');
      fields = { login, email, url, all };
      this.searchCache.set(user.id, fields);
    }
    return fields;
  }

  insert(user: StoreUser): void {
    this.users.set(user.id, user);
    this.emails.set(user.email.toLowerCase(), user.id);
    this.logins.set(user.login.toLowerCase(), user.id);
    this.ids.push(user.id);
    this.nextUserId = Math.max(this.nextUserId, user.id + 1);
    for (const index of this.indexes.values()) index.insert(user.id);
  }

  /** Replaces a user after a write, keeping every lookup and order consistent. */
  replace(next: StoreUser): void {
    const previous = this.users.get(next.id);
    if (!previous) throw new Error(`user ${next.id} does not exist`);
    for (const index of this.indexes.values()) index.remove(next.id);
    if (this.emails.get(previous.email.toLowerCase()) === next.id) {
      this.emails.delete(previous.email.toLowerCase());
    }
    this.emails.set(next.email.toLowerCase(), next.id);
    this.users.set(next.id, next);
    this.searchCache.delete(next.id);
    for (const index of this.indexes.values()) index.insert(next.id);
  }

  remove(id: number): StoreUser | undefined {
    const user = this.users.get(id);
    if (!user) return undefined;
    for (const index of this.indexes.values()) index.remove(id);
    this.users.delete(id);
    if (this.emails.get(user.email.toLowerCase()) === id)
      this.emails.delete(user.email.toLowerCase());
    if (this.logins.get(user.login.toLowerCase()) === id)
      this.logins.delete(user.login.toLowerCase());
    this.searchCache.delete(id);
    const at = this.ids.indexOf(id);
    if (at !== -1) this.ids.splice(at, 1);
    return user;
  }

  private sortValue(key: Exclude<SortKey, 'id'>): (id: number) => string | number {
    return (id) => {
      const user = this.users.get(id);
      if (!user) return '';
      if (key === 'registered') return user.registered;
      return key === 'name' ? fold(user.displayName) : fold(user.login);
    };
  }
}
