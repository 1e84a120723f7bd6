// Guest customers: people who ordered without an account. WooCommerce keeps them only in its
// orders and in WooCommerce Admin's customer index (user_id null), never as WordPress users.
// They come from their own random stream, so adding them left every seeded user unchanged.

import { makeAddress } from './seed-address.ts';
import { makeOrders } from './seed-activity.ts';
import { createRegistry, makeEmail, makePerson } from './seed-people.ts';
import { COUNTRY_TABLE } from './seed-places.ts';
import { createRandom, pickWeighted } from './seed-random.ts';
import type { StoreUser } from './types.ts';

export interface GuestCustomer {
  firstName: string;
  lastName: string;
  email: string;
  country: string;
  city: string;
  state: string;
  postcode: string;
  ordersCount: number;
  /** Paid orders' total, as WooCommerce prints money ("123.40"). */
  totalSpent: string;
  /** Epoch ms of the first and the last order (a guest's only activity). */
  firstOrder: number;
  lastOrder: number;
}

/** About one guest for every four registered customers, as in a shop with guest checkout on. */
export function seedGuests(
  seed: number,
  customers: number,
  users: readonly StoreUser[],
  start: number,
  end: number,
): GuestCustomer[] {
  const random = createRandom((seed ^ 0x6e575) >>> 0);
  const registry = createRegistry();
  // A guest e-mail that belongs to an account would be merged with it by WooCommerce.
  for (const user of users) registry.emails.add(user.email.toLowerCase());
  const count = Math.floor(customers / 4);
  const guests: GuestCustomer[] = [];
  for (let index = 0; index < count; index += 1) {
    const profile = pickWeighted(random, COUNTRY_TABLE);
    const person = makePerson(random, pickWeighted(random, profile.people));
    const email = makeEmail(random, registry, person, profile.domains);
    const address = makeAddress(random, profile, person, email);
    const firstOrder =
      start + Math.floor((random.next() * (end - start - 86_400_000)) / 1000) * 1000;
    const orders = makeOrders(random, firstOrder, end);
    guests.push({
      firstName: person.firstName,
      lastName: person.lastName,
      email,
      country: address.country,
      city: address.city,
      state: address.state,
      postcode: address.postcode,
      ordersCount: orders.ordersCount,
      totalSpent: orders.totalSpent,
      firstOrder,
      lastOrder: orders.ordersCount > 1 ? orders.lastOrderDate : firstOrder,
    });
  }
  return guests;
}
