import type { TFunction } from '../i18n/types';
import { CUSTOMER_ROLES } from '../api/endpoints/list-params';
import type { CustomerPartial } from '../api/schemas/customer';

// How a customer is named on every screen: grid, detail, forms.

const DASH = '—';

export function customerName(customer: CustomerPartial): string {
  return [customer.first_name, customer.last_name].filter(Boolean).join(' ');
}

export function roleLabel(role: string | undefined, t: TFunction): string {
  if (!role) return DASH;
  const known = CUSTOMER_ROLES.find((r) => r === role);
  // Plugins add roles of their own: shown by their slug rather than hidden.
  return known ? t(`customers.roles.${known}`) : role;
}
