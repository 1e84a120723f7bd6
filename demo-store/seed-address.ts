// Addresses for seeded customers, written the way each country writes them (see seed-places.ts).

import type { BillingAddress, ShippingAddress } from './types.ts';
import { emptyShipping } from './types.ts';
import type { Person } from './seed-people.ts';
import type { CountryProfile } from './seed-places.ts';
import type { Random } from './seed-random.ts';

/** House numbers cluster low, as on real streets. */
function houseNumber(random: Random): number {
  const roll = random.next();
  return 1 + Math.floor(299 * roll * roll);
}

// Templates are split once into literal text (even indexes) and token letters (odd indexes),
// so filling one is a walk over a short array instead of a regex per address.
const compiled = new Map<string, string[]>();

function compile(template: string): string[] {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/\{([snmk])\}/);
    compiled.set(template, parts);
  }
  return parts;
}

function fill(random: Random, template: string, street: string): string {
  const parts = compile(template);
  let out = parts[0] ?? '';
  for (let index = 1; index < parts.length; index += 2) {
    const token = parts[index];
    if (token === 's') out += street;
    else if (token === 'n') out += String(houseNumber(random));
    else if (token === 'm') out += String(random.int(1, 60));
    else out += String(random.int(1, 9));
    out += parts[index + 1] ?? '';
  }
  return out;
}

export function makeAddress(
  random: Random,
  profile: CountryProfile,
  person: Pick<Person, 'firstName' | 'lastName'>,
  email: string,
): BillingAddress {
  const place = random.pick(profile.places);
  const street = random.pick(place.streets ?? profile.streets);
  return {
    first_name: person.firstName,
    last_name: person.lastName,
    company: random.chance(0.1) ? random.pick(profile.companies) : '',
    address_1: fill(random, profile.line, street),
    address_2: random.chance(0.2) ? fill(random, random.pick(profile.extra), street) : '',
    city: place.city,
    state: place.state,
    postcode: random.pattern(place.postcode),
    country: profile.code,
    email,
    phone: random.chance(0.92) ? random.pattern(random.pick(profile.phones)) : '',
  };
}

export function shippingFrom(billing: BillingAddress): ShippingAddress {
  return {
    first_name: billing.first_name,
    last_name: billing.last_name,
    company: billing.company,
    address_1: billing.address_1,
    address_2: billing.address_2,
    city: billing.city,
    state: billing.state,
    postcode: billing.postcode,
    country: billing.country,
    phone: billing.phone,
  };
}

/**
 * The three kinds of shipping address a store holds: none saved, the billing address copied
 * (the checkout default), or somewhere else — often a gift to someone else.
 */
export function makeShipping(
  random: Random,
  profile: CountryProfile,
  billing: BillingAddress,
  recipient: Pick<Person, 'firstName' | 'lastName'>,
): ShippingAddress {
  const roll = random.next();
  if (roll < 0.3) return emptyShipping();
  if (roll < 0.75) return shippingFrom(billing);
  const elsewhere = shippingFrom(makeAddress(random, profile, recipient, ''));
  return { ...elsewhere, phone: random.chance(0.3) ? elsewhere.phone : '' };
}
