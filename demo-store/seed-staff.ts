// The store's staff and other non-customer users (ids 1–9). They are the same for every seed so
// that tests can rely on them: id 1 is the administrator, as on a fresh WordPress install.

import type { MetaRow, StoreUser } from './types.ts';
import { emptyBilling, emptyShipping } from './types.ts';
import type { Registry } from './seed-people.ts';
import { claimNicename } from './seed-people.ts';
import { siteLocalToEpoch } from './seed-time.ts';

interface StaffSource {
  role: string;
  login: string;
  email: string;
  firstName: string;
  lastName: string;
  displayName: string;
  registered: string;
  /** null: never saved through WooCommerce, so the API shows no date_modified. */
  modified: string | null;
  url?: string;
  meta?: { key: string; value: MetaRow['value'] }[];
}

// A fresh WordPress admin has no first or last name and shows its login as display name.
const STAFF: StaffSource[] = [
  {
    role: 'administrator',
    login: 'admin',
    email: 'admin@demo-store.test',
    firstName: '',
    lastName: '',
    displayName: 'admin',
    registered: '2019-01-02T09:14:03',
    modified: '2026-10-12T16:45:09',
    url: 'https://demo-store.test',
    meta: [
      // A screen option WooCommerce leaks into the API, with an array value.
      { key: 'manageedit-shop_ordercolumnshidden', value: ['wc_actions', 'shipping_address'] },
      { key: '_wc_last_active', value: '1792972800' },
    ],
  },
  {
    role: 'shop_manager',
    login: 'priya.raman',
    email: 'priya.raman@demo-store.test',
    firstName: 'Priya',
    lastName: 'Raman',
    displayName: 'Priya Raman',
    registered: '2019-03-18T10:02:44',
    modified: '2025-08-30T11:20:31',
  },
  {
    role: 'shop_manager',
    login: 'tomasz.wojcik',
    email: 'tomasz@demo-store.test',
    firstName: 'Tomasz',
    lastName: 'Wójcik',
    displayName: 'Tomasz Wójcik',
    registered: '2020-06-01T08:30:00',
    modified: '2024-02-14T19:05:12',
    meta: [{ key: 'preferred_contact', value: 'phone' }],
  },
  {
    role: 'editor',
    login: 'claire.dubois',
    email: 'claire.dubois@demo-store.test',
    firstName: 'Claire',
    lastName: 'Dubois',
    displayName: 'Claire Dubois',
    registered: '2019-09-09T14:41:27',
    modified: null,
  },
  {
    role: 'author',
    login: 'kenji',
    email: 'kenji.watanabe@demo-store.test',
    firstName: '健二',
    lastName: '渡辺',
    displayName: '渡辺 健二',
    registered: '2021-04-22T21:17:55',
    modified: null,
  },
  {
    role: 'contributor',
    login: 'amara.okafor',
    email: 'amara.okafor@demo-store.test',
    firstName: 'Amara',
    lastName: 'Okafor',
    displayName: 'Amara Okafor',
    registered: '2022-11-03T07:48:10',
    modified: null,
  },
  {
    role: 'subscriber',
    login: 'lena.fischer',
    email: 'lena.fischer@mail.test',
    firstName: 'Lena',
    lastName: 'Fischer',
    displayName: 'Lena Fischer',
    registered: '2020-02-29T23:59:59',
    modified: null,
  },
  {
    role: 'subscriber',
    login: 'newsletter-fan',
    email: 'Newsletter.Fan@Example.org',
    firstName: '',
    lastName: '',
    displayName: 'newsletter-fan',
    registered: '2023-07-15T12:00:00',
    modified: null,
  },
  {
    role: 'subscriber',
    login: 'marco',
    email: 'marco.bianchi@inbox.test',
    firstName: 'Marco',
    lastName: 'Bianchi',
    displayName: 'Marco',
    registered: '2024-12-31T18:30:45',
    modified: null,
    url: 'http://marco-bianchi.example.net',
  },
];

export function buildStaff(registry: Registry, nextMetaId: () => number): StoreUser[] {
  return STAFF.map((source, index) => {
    registry.emails.add(source.email.toLowerCase());
    registry.logins.add(source.login);
    return {
      id: index + 1,
      login: source.login,
      email: source.email,
      nicename: claimNicename(registry, source.login),
      displayName: source.displayName,
      url: source.url ?? '',
      registered: siteLocalToEpoch(source.registered),
      modified: source.modified === null ? null : siteLocalToEpoch(source.modified),
      role: source.role,
      firstName: source.firstName,
      lastName: source.lastName,
      billing: emptyBilling(),
      shipping: emptyShipping(),
      isPayingCustomer: false,
      ordersCount: 0,
      totalSpent: '0.00',
      lastOrder: null,
      meta: (source.meta ?? []).map((row) => ({ id: nextMetaId(), ...row })),
      downloads: [],
    };
  });
}
