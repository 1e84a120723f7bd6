import type { Customer } from '../schemas/customer';

const address = {
  first_name: 'Ana',
  last_name: 'Silva',
  company: '',
  address_1: 'Rua Augusta 1',
  address_2: '',
  city: 'Lisboa',
  state: '',
  postcode: '1100-048',
  country: 'PT',
};

/** A v3 customer as a 7.9 store sends it (no orders_count/total_spent). */
export function makeCustomer(id: number, overrides: Partial<Customer> = {}): Customer {
  return {
    id,
    date_created: '2024-01-02T10:00:00',
    date_created_gmt: '2024-01-02T10:00:00',
    date_modified: '2024-01-03T10:00:00',
    date_modified_gmt: '2024-01-03T10:00:00',
    email: `customer${id}@example.com`,
    first_name: 'Ana',
    last_name: 'Silva',
    role: 'customer',
    username: `customer${id}`,
    billing: { ...address, email: `customer${id}@example.com`, phone: '+351 210 000 000' },
    shipping: { ...address, phone: '' },
    is_paying_customer: false,
    avatar_url: 'https://secure.gravatar.com/avatar/?s=96',
    meta_data: [],
    ...overrides,
  };
}
