// WooCommerce Admin's customer lookup table (wc_customer_lookup): one row per registered customer
// and one per guest e-mail, each with the index's own id. Registered rows are read from the users
// on every request, so API writes and deletes show at once (WooCommerce updates its table from
// the same hooks). Guests are made on first use: a store that is never asked pays nothing.

import type { GuestCustomer } from '../seed-guests.ts';
import type { StoreUser } from '../types.ts';
import type { StoreDb } from '../db.ts';

export interface IndexRow {
  /** The lookup table's customer_id. */
  id: number;
  userId: number | null;
  username: string;
  name: string;
  email: string;
  country: string;
  city: string;
  state: string;
  postcode: string;
  /** Epoch ms, or null (guests have no registration; some customers were never active). */
  registered: number | null;
  lastActive: number | null;
  lastOrder: number | null;
  ordersCount: number;
  totalSpend: number;
  avgOrderValue: number;
}

/** Roles WooCommerce Admin imports into the index (`woocommerce_analytics_import_customer_roles`). */
const INDEXED_ROLES = new Set(['customer']);

export class CustomerIndex {
  private guestRows: IndexRow[] | null = null;
  private readonly lookupIds = new Map<number, number>();
  private nextId = 1;

  constructor(
    private readonly db: StoreDb,
    private readonly makeGuests: () => GuestCustomer[],
  ) {}

  /** Every row, registered customers first by user id, then guests. */
  rows(): IndexRow[] {
    const guests = this.guests();
    const out: IndexRow[] = [];
    for (const id of this.db.ordered('id')) {
      const user = this.db.get(id);
      if (user && INDEXED_ROLES.has(user.role)) out.push(this.registeredRow(user));
    }
    return out.concat(guests);
  }

  private guests(): IndexRow[] {
    if (this.guestRows) return this.guestRows;
    const guests = this.makeGuests();
    // Lookup ids follow first activity, as the import walks orders and sign-ups by date.
    const events: { time: number; key: number | GuestCustomer }[] = [];
    for (const id of this.db.ordered('id')) {
      const user = this.db.get(id);
      if (user && INDEXED_ROLES.has(user.role)) events.push({ time: user.registered, key: id });
    }
    for (const guest of guests) events.push({ time: guest.firstOrder, key: guest });
    events.sort((a, b) => a.time - b.time);
    const guestIds = new Map<GuestCustomer, number>();
    for (const event of events) {
      if (typeof event.key === 'number') this.lookupIds.set(event.key, this.nextId++);
      else guestIds.set(event.key, this.nextId++);
    }
    this.guestRows = guests.map((guest) => guestRow(guest, guestIds.get(guest) ?? 0));
    return this.guestRows;
  }

  private lookupId(userId: number): number {
    let id = this.lookupIds.get(userId);
    if (id === undefined) {
      id = this.nextId++;
      this.lookupIds.set(userId, id);
    }
    return id;
  }

  private registeredRow(user: StoreUser): IndexRow {
    const { billing } = user;
    // WooCommerce Admin falls back to the billing name when the account has none.
    const useBilling = user.firstName === '' && user.lastName === '';
    const first = useBilling ? billing.first_name : user.firstName;
    const last = useBilling ? billing.last_name : user.lastName;
    const ordersCount = user.ordersCount;
    const totalSpend = Number(user.totalSpent) || 0;
    return {
      id: this.lookupId(user.id),
      userId: user.id,
      username: user.login,
      // CONCAT_WS(' ', first_name, last_name): empty names still get their space.
      name: `${first} ${last}`,
      email: user.email,
      country: billing.country,
      city: billing.city,
      state: billing.state,
      postcode: billing.postcode,
      registered: user.registered,
      lastActive: lastActive(user),
      lastOrder: user.lastOrder?.date ?? null,
      ordersCount,
      totalSpend,
      avgOrderValue: average(totalSpend, ordersCount),
    };
  }
}

function average(total: number, count: number): number {
  return count > 0 ? Math.round((total / count) * 100) / 100 : 0;
}

/** The day WooCommerce last saw the customer signed in (its last-active meta), else their last order. */
function lastActive(user: StoreUser): number | null {
  const meta = user.meta.find(
    (row) => row.key === '_wc_last_active' || row.key === 'wc_last_active',
  );
  if (meta && typeof meta.value === 'string' && /^\d+$/.test(meta.value))
    return Number(meta.value) * 1000;
  return user.lastOrder?.date ?? null;
}

function guestRow(guest: GuestCustomer, id: number): IndexRow {
  const totalSpend = Number(guest.totalSpent) || 0;
  return {
    id,
    userId: null,
    username: '',
    name: `${guest.firstName} ${guest.lastName}`,
    email: guest.email,
    country: guest.country,
    city: guest.city,
    state: guest.state,
    postcode: guest.postcode,
    registered: null,
    lastActive: guest.lastOrder,
    lastOrder: guest.lastOrder,
    ordersCount: guest.ordersCount,
    totalSpend,
    avgOrderValue: average(totalSpend, guest.ordersCount),
  };
}
