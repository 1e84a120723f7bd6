// The demo store's users: the fixed staff (ids 1–9) and `customers` generated customers from
// id 10 on, all derived from one seed so every run with the same options yields the same store.
// Times are epoch ms; the site clock (Asia/Shanghai) lives in seed-time.ts.

import type { StoreUser } from './types.ts';
import { emptyBilling, emptyShipping } from './types.ts';
import { makeAddress, makeShipping } from './seed-address.ts';
import {
  createMetaIds,
  makeDownloads,
  makeMeta,
  makeOrderKey,
  makeOrders,
} from './seed-activity.ts';
import { foldAscii } from './seed-names.ts';
import type { Person, Registry } from './seed-people.ts';
import { createRegistry, makeEmail, makeLogin, makePerson } from './seed-people.ts';
import type { CountryProfile } from './seed-places.ts';
import { COUNTRY_PROFILES, COUNTRY_TABLE } from './seed-places.ts';
import type { Random } from './seed-random.ts';
import { createRandom, pickWeighted } from './seed-random.ts';
import { buildStaff } from './seed-staff.ts';
import { siteLocalToEpoch } from './seed-time.ts';

export { SITE_GMT_OFFSET_MINUTES, SITE_TIMEZONE, toGmt } from './seed-time.ts';

export interface SeedOptions {
  /** How many users with role `customer` to generate (besides the staff). */
  customers: number;
  seed: number;
}

export const FIRST_CUSTOMER_ID = 10;
/** Registrations fall between these site-local times (end excluded). */
export const SEED_START = siteLocalToEpoch('2019-01-01T00:00:00');
export const SEED_END = siteLocalToEpoch('2026-11-01T00:00:00');

// Hand-written edge cases spread through the customer list: names that break layouts, an
// apostrophe that breaks naive quoting, and a one-word name (empty last name).
const SPECIALS: { country: string; firstName: string; lastName: string }[] = [
  {
    country: 'DE',
    firstName: 'Maximiliane Alexandra Friederike',
    lastName: 'von Hohenzollern-Sigmaringen-Wittelsbach',
  },
  { country: 'IE', firstName: 'Siobhán', lastName: "O'Brien" },
  {
    country: 'ES',
    firstName: 'María de los Ángeles Guadalupe',
    lastName: 'Fernández de Córdoba y Gutiérrez de la Concha',
  },
  { country: 'ID', firstName: 'Suharti', lastName: '' },
  {
    country: 'IN',
    firstName: 'Venkata Subrahmanyam',
    lastName: 'Venkatanarasimharajuvaripeta',
  },
];

interface Store {
  random: Random;
  registry: Registry;
  nextMetaId: () => number;
}

export function seedUsers(options: SeedOptions): StoreUser[] {
  const count = Math.max(0, Math.floor(options.customers));
  const random = createRandom(options.seed);
  const store: Store = {
    random,
    registry: createRegistry(),
    nextMetaId: createMetaIds(random, 17),
  };
  const users = buildStaff(store.registry, store.nextMetaId);
  const registered = registrationTimes(random, count);
  const specials = new Map(
    SPECIALS.map((special, index) => [
      Math.floor(((index + 1) * count) / (SPECIALS.length + 1)),
      special,
    ]),
  );
  for (let index = 0; index < count; index += 1) {
    const special = specials.get(index);
    const profile = special ? profileFor(special.country) : pickWeighted(random, COUNTRY_TABLE);
    const person = special
      ? specialPerson(special)
      : makePerson(random, pickWeighted(random, profile.people));
    users.push(
      makeCustomer(
        store,
        FIRST_CUSTOMER_ID + index,
        registered[index] ?? SEED_START,
        profile,
        person,
      ),
    );
  }
  numberOrders(random, users);
  return users;
}

/** The umeta_id the store should give the next meta row it creates (above every seeded one). */
export function nextFreeMetaId(users: readonly StoreUser[]): number {
  let highest = 0;
  for (const user of users) for (const row of user.meta) highest = Math.max(highest, row.id);
  return highest + 1;
}

/** Sorted, because WordPress hands out user ids in registration order. */
function registrationTimes(random: Random, count: number): Float64Array {
  const times = new Float64Array(count);
  const span = SEED_END - SEED_START - 86_400_000;
  for (let index = 0; index < count; index += 1) {
    times[index] = SEED_START + Math.floor((random.next() * span) / 1000) * 1000;
  }
  return times.sort();
}

function profileFor(code: string): CountryProfile {
  const profile = COUNTRY_PROFILES.find((candidate) => candidate.code === code);
  if (!profile) throw new Error(`no seed profile for ${code}`);
  return profile;
}

function specialPerson(special: (typeof SPECIALS)[number]): Person {
  return {
    firstName: special.firstName,
    lastName: special.lastName,
    displayName: `${special.firstName} ${special.lastName}`.trim(),
    // Handles from the first given name and the whole surname, as for pooled names.
    firstAscii: foldAscii(special.firstName.split(' ')[0] ?? ''),
    lastAscii: foldAscii(special.lastName).slice(0, 20),
    familyFirst: false,
  };
}

function makeCustomer(
  store: Store,
  id: number,
  registered: number,
  profile: CountryProfile,
  person: Person,
): StoreUser {
  const { random, registry } = store;
  const email = makeEmail(random, registry, person, profile.domains);
  const { login, nicename } = makeLogin(random, registry, person, email);
  const orders = random.chance(1 / 3) ? makeOrders(random, registered, SEED_END) : null;
  // Customers who never ordered often never filled in an address either.
  const hasAddress = orders !== null || random.chance(0.75);
  const billingEmail = random.chance(0.9) ? email : makeEmail(random, registry, person, []);
  const billing = hasAddress ? makeAddress(random, profile, person, billingEmail) : emptyBilling();
  // Some parcels go to someone else (a gift, a partner), usually a local.
  const recipient = random.chance(0.15)
    ? makePerson(random, pickWeighted(random, profile.people))
    : person;
  const shipping = hasAddress ? makeShipping(random, profile, billing, recipient) : emptyShipping();
  const modified = lastUpdate(random, registered, orders?.lastOrderDate ?? null);
  return {
    id,
    login,
    email,
    nicename,
    displayName: random.chance(0.06) ? login : person.displayName,
    url: random.chance(0.1) ? `https://${nicename}.example.com` : '',
    registered,
    modified,
    role: 'customer',
    firstName: person.firstName,
    lastName: person.lastName,
    billing,
    shipping,
    isPayingCustomer: orders?.isPayingCustomer ?? false,
    ordersCount: orders?.ordersCount ?? 0,
    totalSpent: orders?.totalSpent ?? '0.00',
    // The id is filled in once all orders are known (see numberOrders).
    lastOrder: orders ? { id: 0, date: orders.lastOrderDate } : null,
    meta: random.chance(0.3) ? makeMeta(random, store.nextMetaId, modified) : [],
    downloads: [],
  };
}

/** WooCommerce's last_update: at or after registration and the last order, before SEED_END. */
function lastUpdate(random: Random, registered: number, lastOrder: number | null): number {
  const base = Math.max(registered, lastOrder ?? registered);
  if (random.chance(0.25)) return base;
  const late = random.next() ** 3;
  return Math.floor((base + (SEED_END - 1000 - base) * late) / 1000) * 1000;
}

/**
 * Order ids grow with order dates, as WooCommerce allocates them; other customers' and guests'
 * orders sit in the gaps. Each buyer's earlier orders take the ids just below their last one, so
 * within one customer ids grow with dates too (across customers only the last orders do). Download grants come from the last order, so they are made here too.
 */
function numberOrders(random: Random, users: StoreUser[]): void {
  const buyers = users.filter((user) => user.lastOrder !== null);
  buyers.sort((a, b) => (a.lastOrder?.date ?? 0) - (b.lastOrder?.date ?? 0) || a.id - b.id);
  let orderId = 1200;
  for (const buyer of buyers) {
    // The ids just below the last order are the buyer's earlier orders (orders/seed-orders.ts).
    orderId += random.int(1, 7) + buyer.ordersCount - 1;
    if (buyer.lastOrder) buyer.lastOrder.id = orderId;
  }
  for (const buyer of users) {
    if (!buyer.lastOrder || !buyer.isPayingCustomer || !random.chance(0.4)) continue;
    const order = { id: buyer.lastOrder.id, key: makeOrderKey(random), date: buyer.lastOrder.date };
    buyer.downloads = makeDownloads(random, order);
  }
}
