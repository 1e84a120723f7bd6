import type { CustomerPartial } from '../../src/api/schemas/customer';

// The same 100 customers for both pages: every field the grid's v3 columns show, no randomness.
// No avatar URL, so neither page fetches an image (the app then shows its placeholder avatar).

export const ROW_COUNT = 100;

const FIRST = ['Ana', 'Bruno', 'Chloé', 'Dmitri', 'Eva', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas'];
const LAST = ['Silva', 'Meyer', 'Dubois', 'Ivanov', 'Novak', 'Haddad', 'Okafor', 'Tanaka'];
const PLACES = [
  ['Lisboa', 'PT'],
  ['Berlin', 'DE'],
  ['Lyon', 'FR'],
  ['Osaka', 'JP'],
  ['Toronto', 'CA'],
  ['Nairobi', 'KE'],
  ['Porto', 'PT'],
] as const;
const ROLES = ['customer', 'customer', 'customer', 'subscriber', 'shop_manager'] as const;

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

export const CUSTOMERS: CustomerPartial[] = Array.from({ length: ROW_COUNT }, (_, i) => {
  const id = 1001 + i;
  const [city, country] = pick(PLACES, i * 3);
  const day = String((i % 28) + 1).padStart(2, '0');
  const month = String((i % 12) + 1).padStart(2, '0');
  const date = `2024-${month}-${day}T${String(i % 24).padStart(2, '0')}:15:00`;
  return {
    id,
    first_name: pick(FIRST, i),
    last_name: pick(LAST, i * 7),
    email: `customer${id}@example.com`,
    username: `customer${id}`,
    role: pick(ROLES, i),
    billing: { city, country },
    is_paying_customer: i % 3 === 0,
    avatar_url: '',
    date_created: date,
    date_created_gmt: date,
  };
});

/** A rendered data row on each page (our table has no skeleton rows once data is given). */
export const ROW_SELECTOR = { ours: 'table tbody tr', dataGrid: '.MuiDataGrid-row' } as const;
