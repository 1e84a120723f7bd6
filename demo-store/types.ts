// Shared shapes of the demo store. Field names inside addresses follow WooCommerce's JSON so
// they can be copied in and out without mapping.

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export type ApiVersion = 'v1' | 'v2' | 'v3';

/** The roles WooCommerce's `role` list parameter accepts (besides `all`). */
export const ROLES = [
  'administrator',
  'editor',
  'author',
  'contributor',
  'subscriber',
  'customer',
  'shop_manager',
] as const;
export type Role = (typeof ROLES)[number];

export interface BillingAddress {
  first_name: string;
  last_name: string;
  company: string;
  address_1: string;
  address_2: string;
  city: string;
  state: string;
  postcode: string;
  country: string;
  email: string;
  phone: string;
}

export type ShippingAddress = Omit<BillingAddress, 'email'>;

export interface MetaRow {
  id: number;
  key: string;
  value: JsonValue;
}

export interface DownloadGrant {
  downloadId: string;
  productId: number;
  productName: string;
  downloadName: string;
  orderId: number;
  orderKey: string;
  /** '' means unlimited, as WooCommerce stores it. */
  downloadsRemaining: string;
  /** Epoch ms (UTC) or null for "never". */
  accessExpires: number | null;
  fileName: string;
  fileUrl: string;
}

/** A WordPress user together with the WooCommerce customer data kept in its user meta. */
export interface StoreUser {
  id: number;
  login: string;
  email: string;
  nicename: string;
  displayName: string;
  url: string;
  /** Epoch ms, UTC (user_registered). */
  registered: number;
  /** Epoch ms of the `last_update` meta; null for users never saved through WooCommerce. */
  modified: number | null;
  role: string;
  firstName: string;
  lastName: string;
  billing: BillingAddress;
  shipping: ShippingAddress;
  isPayingCustomer: boolean;
  ordersCount: number;
  totalSpent: string;
  lastOrder: { id: number; date: number } | null;
  meta: MetaRow[];
  downloads: DownloadGrant[];
}

// Billing is shipping plus an email, which WooCommerce lists just before the phone.
export function emptyBilling(): BillingAddress {
  const { phone, ...rest } = emptyShipping();
  return { ...rest, email: '', phone };
}

export function emptyShipping(): ShippingAddress {
  return {
    first_name: '',
    last_name: '',
    company: '',
    address_1: '',
    address_2: '',
    // WC_Customer's own order of address props, which its REST answers keep.
    city: '',
    postcode: '',
    country: '',
    state: '',
    phone: '',
  };
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
