// Loading users from a JSON data file (`--data`) instead of seeding. The format mirrors the v2/v3
// customer JSON so an export can be edited by hand:
//
// { "users": [ {
//     "id": 1,                          // optional; defaults to the previous id + 1
//     "username": "admin", "email": "admin@example.com",
//     "role": "administrator",          // default "customer"; the first administrator owns the keys
//     "first_name": "", "last_name": "", "display_name": "admin", "url": "",
//     "date_created": "2020-01-31T10:00:00",   // GMT; default 2020-01-01T00:00:00
//     "date_modified": null,                   // GMT or null
//     "billing": { …WooCommerce billing fields… }, "shipping": { … },
//     "is_paying_customer": false, "orders_count": 0, "total_spent": "0.00",
//     "last_order": { "id": 118, "date": "2021-05-03T18:10:43" } | null,
//     "meta_data": [ { "id": 5, "key": "loyalty_points", "value": "120" } ],
//     "downloads": [ { "download_id": "…", "product_id": 96, "product_name": "…",
//       "download_name": "…", "order_id": 118, "order_key": "wc_order_…",
//       "downloads_remaining": "unlimited", "access_expires": "never", "file": { "name": "…", "file": "…" } } ]
// } ] }
//
// A bare array of users is accepted too. Orders, optional, sit beside the users in the v3 shape:
//
// "orders": [ { "id": 120, "customer_id": 2, "status": "completed", "currency": "EUR",
//     "date_created": "2021-05-03T18:10:43",   // GMT, like date_paid and date_completed
//     "payment_method": "bacs", "payment_method_title": "Direct bank transfer",
//     "line_items": [ { "id": 7, "name": "…", "product_id": 96, "sku": "", "quantity": 2, "total": "25.00" } ],
//     "billing": { … }, "shipping": { … }, "order_key": "wc_order_…" } ]
//
// The users' orders_count / total_spent are taken as given: keep them consistent with the orders.

import { parseGmt } from './dates.ts';
import { sanitizeTitle } from './php.ts';
import { storedMetaValue } from './routes/customer-fields.ts';
import type { OrderItem, StoreOrder } from './orders/order-types.ts';
import {
  emptyBilling,
  emptyShipping,
  isJsonObject,
  type DownloadGrant,
  type JsonObject,
  type JsonValue,
  type StoreUser,
} from './types.ts';

function str(value: JsonValue | undefined, fallback = ''): string {
  if (typeof value === 'string') return value;
  return typeof value === 'number' ? String(value) : fallback;
}

function date(value: JsonValue | undefined, where: string): number | null {
  if (value === undefined || value === null) return null;
  const ms = typeof value === 'string' ? parseGmt(value) : null;
  if (ms === null)
    throw new Error(`${where}: "${String(value)}" is not a date like 2020-01-31T10:00:00`);
  return ms;
}

function address<T extends object>(base: T, value: JsonValue | undefined): T {
  const out = { ...base } as Record<string, string>;
  if (isJsonObject(value)) {
    for (const key of Object.keys(out)) if (value[key] !== undefined) out[key] = str(value[key]);
  }
  return out as T;
}

function download(value: JsonValue, where: string): DownloadGrant {
  if (!isJsonObject(value)) throw new Error(`${where} must be an object`);
  const file = isJsonObject(value.file) ? value.file : {};
  const remaining = str(value.downloads_remaining, 'unlimited');
  const expires = str(value.access_expires, 'never');
  return {
    downloadId: str(value.download_id),
    productId: Number(value.product_id ?? 0),
    productName: str(value.product_name),
    downloadName: str(value.download_name),
    orderId: Number(value.order_id ?? 0),
    orderKey: str(value.order_key),
    downloadsRemaining: remaining === 'unlimited' ? '' : remaining,
    accessExpires: expires === 'never' ? null : date(expires, `${where}.access_expires`),
    fileName: str(file.name),
    fileUrl: str(file.file),
  };
}

function user(value: JsonValue, previousId: number, nextMeta: () => number): StoreUser {
  const where = `user after id ${previousId}`;
  if (!isJsonObject(value)) throw new Error(`${where} must be an object`);
  const id = value.id === undefined ? previousId + 1 : Number(value.id);
  if (!Number.isInteger(id) || id < 1) throw new Error(`${where}: "id" must be a positive integer`);
  const login = str(value.username);
  if (!login) throw new Error(`user ${id}: "username" is required`);
  const lastOrder = isJsonObject(value.last_order) && value.last_order.id ? value.last_order : null;
  const meta = Array.isArray(value.meta_data) ? value.meta_data.filter(isJsonObject) : [];
  const downloads = Array.isArray(value.downloads) ? value.downloads : [];
  return {
    id,
    login,
    email: str(value.email),
    nicename: sanitizeTitle(login) || String(id),
    displayName: str(value.display_name, login),
    url: str(value.url),
    registered: date(value.date_created, `user ${id}.date_created`) ?? Date.UTC(2020, 0, 1),
    modified: date(value.date_modified, `user ${id}.date_modified`),
    role: str(value.role, 'customer'),
    firstName: str(value.first_name),
    lastName: str(value.last_name),
    billing: address(emptyBilling(), value.billing),
    shipping: address(emptyShipping(), value.shipping),
    isPayingCustomer: value.is_paying_customer === true,
    ordersCount: Number(value.orders_count ?? 0),
    totalSpent: str(value.total_spent, '0.00'),
    lastOrder: lastOrder
      ? {
          id: Number(lastOrder.id),
          date: date(lastOrder.date, `user ${id}.last_order.date`) ?? Date.UTC(2020, 0, 1),
        }
      : null,
    meta: meta.map((row: JsonObject) => ({
      id: typeof row.id === 'number' ? row.id : nextMeta(),
      key: str(row.key),
      value: storedMetaValue(row.value ?? ''),
    })),
    downloads: downloads.map((entry, i) => download(entry, `user ${id}.downloads[${i}]`)),
  };
}

/** Users from a parsed data file; throws a message naming the offending entry. */
export function usersFromData(data: unknown): { users: StoreUser[] } {
  const list = Array.isArray(data)
    ? data
    : isJsonObject(data) && Array.isArray(data.users)
      ? data.users
      : null;
  if (!list) throw new Error('data file must be {"users": [...]} or an array of users');
  let metaId = 100_000;
  const users: StoreUser[] = [];
  const seen = new Set<number>();
  for (const entry of list as JsonValue[]) {
    const next = user(entry, users.at(-1)?.id ?? 0, () => ++metaId);
    if (seen.has(next.id)) throw new Error(`user ${next.id} appears twice`);
    seen.add(next.id);
    for (const row of next.meta) metaId = Math.max(metaId, row.id);
    users.push(next);
  }
  if (!users.some((candidate) => candidate.role === 'administrator')) {
    throw new Error('data file needs an administrator: the API keys belong to the first one');
  }
  return { users };
}

function cents(value: JsonValue | undefined, where: string): number {
  const text = str(value, '0');
  if (!/^-?\d+(\.\d{1,2})?$/.test(text))
    throw new Error(`${where}: "${text}" is not an amount like 12.50`);
  return Math.round(Number(text) * 100);
}

function orderItem(value: JsonValue, where: string, fallbackId: number): OrderItem {
  if (!isJsonObject(value)) throw new Error(`${where} must be an object`);
  return {
    id: Number(value.id ?? fallbackId),
    name: str(value.name),
    productId: Number(value.product_id ?? 0),
    sku: str(value.sku),
    quantity: Number(value.quantity ?? 1),
    totalCents: cents(value.total, `${where}.total`),
  };
}

function order(value: JsonValue, previousId: number): StoreOrder {
  const where = `order after id ${previousId}`;
  if (!isJsonObject(value)) throw new Error(`${where} must be an object`);
  const id = value.id === undefined ? previousId + 1 : Number(value.id);
  if (!Number.isInteger(id) || id < 1) throw new Error(`${where}: "id" must be a positive integer`);
  const created = date(value.date_created, `order ${id}.date_created`) ?? Date.UTC(2020, 0, 1);
  const items = Array.isArray(value.line_items) ? value.line_items : [];
  return {
    id,
    customerId: Number(value.customer_id ?? 0),
    status: str(value.status, 'pending'),
    currency: str(value.currency, 'EUR'),
    created,
    modified: date(value.date_modified, `order ${id}.date_modified`) ?? created,
    paid: date(value.date_paid, `order ${id}.date_paid`),
    completed: date(value.date_completed, `order ${id}.date_completed`),
    orderKey: str(value.order_key, `wc_order_demo${id}`),
    paymentMethod: str(value.payment_method),
    paymentMethodTitle: str(value.payment_method_title),
    createdVia: str(value.created_via, 'rest-api'),
    customerNote: str(value.customer_note),
    billing: address(emptyBilling(), value.billing),
    shipping: address(emptyShipping(), value.shipping),
    items: items.map((item, i) => orderItem(item, `order ${id}.line_items[${i}]`, id * 10 + i)),
  };
}

/** The data file's orders (none when it has no "orders"); throws naming the offending entry. */
export function ordersFromData(data: unknown): StoreOrder[] {
  const list = isJsonObject(data) && Array.isArray(data.orders) ? data.orders : [];
  const orders: StoreOrder[] = [];
  const seen = new Set<number>();
  for (const entry of list) {
    const next = order(entry, orders.at(-1)?.id ?? 0);
    if (seen.has(next.id)) throw new Error(`order ${next.id} appears twice`);
    seen.add(next.id);
    orders.push(next);
  }
  return orders;
}
