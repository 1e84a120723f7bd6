import { describe, expect, it } from 'vitest';
import { COUNTRIES, findCountry } from './countries.ts';
import {
  FIRST_CUSTOMER_ID,
  SEED_END,
  SEED_START,
  SITE_GMT_OFFSET_MINUTES,
  nextFreeMetaId,
  seedUsers,
  toGmt,
} from './seed.ts';
import type { StoreUser } from './types.ts';

// One mid-sized store shared by the read-only checks; big enough for the shares to settle.
const users = seedUsers({ customers: 3000, seed: 42 });
const customers = users.filter((user) => user.role === 'customer');

function share(items: StoreUser[], test: (user: StoreUser) => boolean): number {
  return items.filter(test).length / items.length;
}

function isEmpty(address: object): boolean {
  return Object.values(address).every((value) => value === '');
}

describe('seedUsers', () => {
  it('gives the same store for the same seed and another for another seed', () => {
    const once = JSON.stringify(seedUsers({ customers: 300, seed: 7 }));
    expect(JSON.stringify(seedUsers({ customers: 300, seed: 7 }))).toBe(once);
    expect(JSON.stringify(seedUsers({ customers: 300, seed: 8 }))).not.toBe(once);
  });

  it('starts with the administrator and the other staff, then the customers', () => {
    const roles = new Map<string, number>();
    for (const user of users) roles.set(user.role, (roles.get(user.role) ?? 0) + 1);
    expect(Object.fromEntries(roles)).toEqual({
      administrator: 1,
      shop_manager: 2,
      editor: 1,
      author: 1,
      contributor: 1,
      subscriber: 3,
      customer: 3000,
    });
    expect(users[0]).toMatchObject({ id: 1, login: 'admin', email: 'admin@demo-store.test' });
    expect(users.slice(0, FIRST_CUSTOMER_ID - 1).every((user) => user.role !== 'customer')).toBe(
      true,
    );
    expect(users[FIRST_CUSTOMER_ID - 1]).toMatchObject({ id: FIRST_CUSTOMER_ID, role: 'customer' });
    expect(seedUsers({ customers: 0, seed: 1 })).toHaveLength(9);
  });

  it('numbers users with unique ascending ids', () => {
    users.forEach((user, index) => expect(user.id).toBe(index + 1));
  });

  it('keeps e-mails, usernames and nicenames unique, ignoring case', () => {
    for (const field of ['email', 'login', 'nicename'] as const) {
      const values = new Set(users.map((user) => user[field].toLowerCase()));
      expect(values.size, field).toBe(users.length);
    }
    for (const user of users) {
      expect(user.email).toMatch(/^[^\s@]{1,64}@[a-z0-9-]+(\.[a-z0-9-]+)+$/i);
      expect(user.login).toMatch(/^[a-z0-9._-]{1,60}$/);
      expect(user.nicename).toMatch(/^[a-z0-9_-]{1,50}$/);
    }
    // Some customers typed their address with capitals.
    expect(customers.some((user) => user.email !== user.email.toLowerCase())).toBe(true);
  });

  it('uses only countries and state codes the store lists', () => {
    for (const user of users) {
      for (const address of [user.billing, user.shipping]) {
        if (address.country === '') continue;
        const country = findCountry(address.country);
        expect(country, address.country).toBeDefined();
        if (country && country.states.length > 0 && address.state !== '') {
          expect(
            country.states.map((state) => state.code),
            address.country,
          ).toContain(address.state);
        }
      }
    }
    const countries = new Set(customers.map((user) => user.billing.country));
    expect(countries.size).toBeGreaterThan(30);
  });

  it('has empty, copied and separate shipping addresses, and billing e-mails', () => {
    const withAddress = customers.filter((user) => !isEmpty(user.billing));
    expect(share(withAddress, (user) => isEmpty(user.shipping))).toBeGreaterThan(0.15);
    const same = (user: StoreUser): boolean =>
      Object.entries(user.shipping).every(
        ([key, value]) => user.billing[key as keyof StoreUser['shipping']] === value,
      );
    expect(share(withAddress, (user) => !isEmpty(user.shipping) && same(user))).toBeGreaterThan(
      0.3,
    );
    expect(share(withAddress, (user) => !isEmpty(user.shipping) && !same(user))).toBeGreaterThan(
      0.1,
    );
    expect(share(withAddress, (user) => user.billing.email === user.email)).toBeGreaterThan(0.8);
    expect(withAddress.some((user) => user.billing.email !== user.email)).toBe(true);
  });

  it('gives about a third of customers orders, and only buyers pay', () => {
    expect(share(customers, (user) => user.ordersCount > 0)).toBeGreaterThan(0.28);
    expect(share(customers, (user) => user.ordersCount > 0)).toBeLessThan(0.39);
    const orderIds = new Set<number>();
    for (const user of users) {
      expect(user.totalSpent).toMatch(/^\d+\.\d{2}$/);
      expect(user.ordersCount).toBeLessThanOrEqual(40);
      expect(user.isPayingCustomer).toBe(Number(user.totalSpent) > 0);
      expect(user.lastOrder === null).toBe(user.ordersCount === 0);
      if (user.lastOrder) {
        expect(user.lastOrder.date).toBeGreaterThan(user.registered);
        expect(user.lastOrder.date).toBeLessThan(SEED_END);
        orderIds.add(user.lastOrder.id);
      }
    }
    expect(orderIds.size).toBe(customers.filter((user) => user.lastOrder).length);
    // A few customers only ever left unpaid orders.
    expect(customers.some((user) => user.ordersCount > 0 && !user.isPayingCustomer)).toBe(true);
  });

  it('has plugin meta with store-wide unique ids, structured values and internal keys', () => {
    expect(share(customers, (user) => user.meta.length > 0)).toBeGreaterThan(0.25);
    expect(share(customers, (user) => user.meta.length > 0)).toBeLessThan(0.35);
    const rows = users.flatMap((user) => user.meta);
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    expect(nextFreeMetaId(users)).toBe(Math.max(...rows.map((row) => row.id)) + 1);
    expect(rows.some((row) => Array.isArray(row.value))).toBe(true);
    expect(
      rows.some(
        (row) => typeof row.value === 'object' && row.value !== null && !Array.isArray(row.value),
      ),
    ).toBe(true);
    expect(rows.some((row) => row.key.startsWith('_'))).toBe(true);
    for (const user of users) {
      expect(new Set(user.meta.map((row) => row.key)).size).toBe(user.meta.length);
    }
  });

  it('grants downloads to some paying customers, from their last order', () => {
    const paying = customers.filter((user) => user.isPayingCustomer);
    expect(share(paying, (user) => user.downloads.length > 0)).toBeGreaterThan(0.3);
    expect(share(paying, (user) => user.downloads.length > 0)).toBeLessThan(0.5);
    for (const user of users) {
      if (!user.isPayingCustomer) expect(user.downloads).toEqual([]);
      expect(user.downloads.length).toBeLessThanOrEqual(3);
      for (const grant of user.downloads) {
        expect(grant.orderId).toBe(user.lastOrder?.id);
        expect(grant.orderKey).toMatch(/^wc_order_[A-Za-z0-9]{13}$/);
        expect(grant.downloadsRemaining).toMatch(/^(\d+)?$/);
        expect(grant.fileUrl).toMatch(/^https:\/\//);
        if (grant.accessExpires !== null) expect(grant.accessExpires % 1000).toBe(0);
      }
    }
    const grants = users.flatMap((user) => user.downloads);
    expect(grants.some((grant) => grant.downloadsRemaining === '')).toBe(true);
    expect(grants.some((grant) => grant.accessExpires === null)).toBe(true);
    expect(grants.some((grant) => grant.accessExpires !== null)).toBe(true);
  });

  it('has whole-second dates between 2019 and November 2026, modified after created', () => {
    for (const user of users) {
      expect(user.registered % 1000).toBe(0);
      expect(user.registered).toBeGreaterThanOrEqual(SEED_START);
      expect(user.registered).toBeLessThan(SEED_END);
      if (user.modified !== null) {
        expect(user.modified % 1000).toBe(0);
        expect(user.modified).toBeGreaterThanOrEqual(user.registered);
        expect(user.modified).toBeLessThan(SEED_END);
      }
    }
    const siteYear = (epochMs: number): number =>
      new Date(epochMs + SITE_GMT_OFFSET_MINUTES * 60_000).getUTCFullYear();
    const years = new Set(customers.map((user) => siteYear(user.registered)));
    expect([...years].sort()).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(share(customers, (user) => user.modified === null)).toBe(0);
  });

  it('has names from many scripts and the awkward cases', () => {
    const names = customers.map((user) => `${user.firstName} ${user.lastName}`);
    expect(names.some((name) => /[\u4e00-\u9fff]/.test(name))).toBe(true);
    // Japanese names are written family name first, with a space.
    const japanese = /^[\u3040-\u30ff\u4e00-\u9fff]+ [\u3040-\u30ff\u4e00-\u9fff]+$/;
    expect(customers.some((user) => japanese.test(user.displayName))).toBe(true);
    expect(names.some((name) => /[\uac00-\ud7af]/.test(name))).toBe(true);
    expect(names.some((name) => /[\u0600-\u06ff]/.test(name))).toBe(true);
    expect(names.some((name) => /[ÀÅÖØÜàåäëéíñóöøüłśźżĄ-ž]/.test(name))).toBe(true);
    expect(customers.some((user) => user.lastName.includes("'"))).toBe(true);
    expect(customers.some((user) => user.lastName === '' && user.firstName !== '')).toBe(true);
    expect(customers.some((user) => user.displayName.length > 60)).toBe(true);
    expect(share(customers, (user) => user.url !== '')).toBeGreaterThan(0.05);
    expect(share(customers, (user) => user.url !== '')).toBeLessThan(0.15);
  });

  // Speed is measured by `npm run bench:store`, never asserted here: timed tests flake.
  it('seeds 100,000 customers', () => {
    const big = seedUsers({ customers: 100_000, seed: 1 });
    expect(big).toHaveLength(100_009);
  });
});

describe('toGmt', () => {
  it('takes the fixed +8 hours of Asia/Shanghai off a site-local date', () => {
    expect(SITE_GMT_OFFSET_MINUTES).toBe(480);
    expect(toGmt('2024-03-01T07:30:00')).toBe('2024-02-29T23:30:00');
    expect(toGmt('2019-01-01T00:00:00')).toBe('2018-12-31T16:00:00');
    expect(() => toGmt('2024-03-01 07:30:00')).toThrow(RangeError);
  });
});

describe('COUNTRIES', () => {
  it('lists the countries WooCommerce knows, sorted by name, with unique codes', () => {
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(60);
    const codes = COUNTRIES.map((country) => country.code);
    expect(new Set(codes).size).toBe(codes.length);
    // prettier-ignore
    const required = ['US', 'CA', 'GB', 'IE', 'DE', 'FR', 'ES', 'IT', 'NL', 'BE', 'PL', 'SE', 'NO', 'DK', 'FI', 'CH', 'AT', 'PT', 'CN', 'JP', 'KR', 'IN', 'AU', 'NZ', 'BR', 'MX', 'AR', 'ZA', 'NG', 'EG', 'KE', 'AE', 'SA', 'TR', 'SG', 'MY', 'TH', 'VN', 'PH', 'ID'];
    expect(codes).toEqual(expect.arrayContaining(required));
    const names = COUNTRIES.map((country) => country.name);
    expect(names).toEqual(
      [...names].sort(new Intl.Collator('en', { sensitivity: 'base' }).compare),
    );
    for (const country of COUNTRIES) {
      const stateCodes = country.states.map((state) => state.code);
      expect(new Set(stateCodes).size, country.code).toBe(stateCodes.length);
    }
  });

  it("uses WooCommerce's own names and state codes", () => {
    expect(findCountry('us')?.name).toBe('United States (US)');
    expect(findCountry('GB')).toMatchObject({ name: 'United Kingdom (UK)', states: [] });
    // Germany's Bundesländer are in WooCommerce since 6.x (7.9 lists 16).
    expect(findCountry('DE')?.states).toHaveLength(16);
    expect(findCountry('DE')?.states[2]).toEqual({ code: 'DE-BE', name: 'Berlin' });
    expect(findCountry('US')?.states).toHaveLength(54);
    expect(findCountry('CN')?.states).toHaveLength(32);
    expect(findCountry('CN')?.states[1]).toEqual({ code: 'CN2', name: 'Beijing / 北京' });
    expect(findCountry('JP')?.states.at(-1)).toEqual({ code: 'JP47', name: 'Okinawa' });
    expect(findCountry('MX')?.states[0]).toEqual({ code: 'DF', name: 'Ciudad de México' });
    expect(findCountry('XX')).toBeUndefined();
  });
});
