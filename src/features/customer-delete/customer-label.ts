import type { CustomerPartial } from '../../api/schemas/customer';

/** "Ana Silva", else the email, else "#12": how a customer is named in questions and notices. */
export function customerLabel(customer: CustomerPartial): string {
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(' ');
  return name || customer.email || `#${customer.id ?? ''}`;
}
