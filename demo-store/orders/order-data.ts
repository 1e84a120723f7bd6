// Orders as each API version prints them (WooCommerce 7.9). v1 prints created/modified in GMT and
// paid/completed in site time, its line items carry `meta` and a string price; v2 and v3 are alike.

import { formatGmt, formatLocal } from '../dates.ts';
import { formatCents } from '../seed-activity.ts';
import type { SiteContext } from '../serialize.ts';
import type { ApiVersion, BillingAddress, JsonObject, ShippingAddress } from '../types.ts';
import { currencySymbol, orderTotalCents, type OrderItem, type StoreOrder } from './order-types.ts';

const WC_VERSION = '7.9.0';

function local(ms: number | null, site: SiteContext): string | null {
  return ms === null ? null : formatLocal(ms, site.timezone);
}

function gmt(ms: number | null): string | null {
  return ms === null ? null : formatGmt(ms);
}

/** PHP float printed by json_encode: 12.5, 10, 3.3333333333333335. */
function itemPrice(item: OrderItem): number {
  return item.totalCents / 100 / item.quantity;
}

function itemData(item: OrderItem, version: ApiVersion): JsonObject {
  const money = formatCents(item.totalCents);
  if (version === 'v1') {
    return {
      id: item.id,
      name: item.name,
      sku: item.sku,
      product_id: item.productId,
      variation_id: 0,
      quantity: item.quantity,
      tax_class: '',
      price: itemPrice(item).toFixed(2),
      subtotal: money,
      subtotal_tax: '0.00',
      total: money,
      total_tax: '0.00',
      taxes: [],
      meta: [],
    };
  }
  return {
    id: item.id,
    name: item.name,
    product_id: item.productId,
    variation_id: 0,
    quantity: item.quantity,
    tax_class: '',
    subtotal: money,
    subtotal_tax: '0.00',
    total: money,
    total_tax: '0.00',
    taxes: [],
    meta_data: [],
    sku: item.sku,
    price: itemPrice(item),
    image: { id: '', src: '' },
    parent_name: null,
  };
}

/** An order prints its addresses in WC_Order's order: state before postcode and country. */
function orderAddress(address: BillingAddress | ShippingAddress): JsonObject {
  const out: JsonObject = {
    first_name: address.first_name,
    last_name: address.last_name,
    company: address.company,
    address_1: address.address_1,
    address_2: address.address_2,
    city: address.city,
    state: address.state,
    postcode: address.postcode,
    country: address.country,
  };
  if ('email' in address) out.email = address.email;
  out.phone = address.phone;
  return out;
}

function links(order: StoreOrder, customerId: number, version: ApiVersion, site: SiteContext) {
  const base = `${site.siteUrl}/wp-json/wc/${version}`;
  const out: JsonObject = {
    self: [{ href: `${base}/orders/${order.id}` }],
    collection: [{ href: `${base}/orders` }],
  };
  if (customerId > 0) out.customer = [{ href: `${base}/customers/${customerId}` }];
  return out;
}

export function orderData(
  order: StoreOrder,
  customerId: number,
  version: ApiVersion,
  site: SiteContext,
): JsonObject {
  const total = formatCents(orderTotalCents(order));
  const lines = order.items.map((item) => itemData(item, version));
  const money = {
    discount_total: '0.00',
    discount_tax: '0.00',
    shipping_total: '0.00',
    shipping_tax: '0.00',
    cart_tax: '0.00',
    total,
    total_tax: '0.00',
  };
  const people = {
    billing: orderAddress(order.billing),
    shipping: orderAddress(order.shipping),
    payment_method: order.paymentMethod,
    payment_method_title: order.paymentMethodTitle,
    transaction_id: '',
    customer_ip_address: '',
    customer_user_agent: '',
    created_via: order.createdVia,
    customer_note: order.customerNote,
  };
  const rest = { tax_lines: [], shipping_lines: [], fee_lines: [], coupon_lines: [], refunds: [] };
  if (version === 'v1') {
    return {
      id: order.id,
      parent_id: 0,
      status: order.status,
      order_key: order.orderKey,
      number: String(order.id),
      currency: order.currency,
      version: WC_VERSION,
      prices_include_tax: false,
      date_created: formatGmt(order.created),
      date_modified: formatGmt(order.modified),
      customer_id: customerId,
      ...money,
      ...people,
      date_completed: local(order.completed, site),
      date_paid: local(order.paid, site),
      cart_hash: '',
      line_items: lines,
      ...rest,
      _links: links(order, customerId, version, site),
    };
  }
  const total0 = orderTotalCents(order) > 0;
  return {
    id: order.id,
    parent_id: 0,
    status: order.status,
    currency: order.currency,
    version: WC_VERSION,
    prices_include_tax: false,
    date_created: formatLocal(order.created, site.timezone),
    date_modified: formatLocal(order.modified, site.timezone),
    ...money,
    customer_id: customerId,
    order_key: order.orderKey,
    ...people,
    date_completed: local(order.completed, site),
    date_paid: local(order.paid, site),
    cart_hash: '',
    number: String(order.id),
    meta_data: [],
    line_items: lines,
    ...rest,
    payment_url: `${site.siteUrl}/checkout/order-pay/${order.id}/?pay_for_order=true&key=${order.orderKey}`,
    is_editable: ['pending', 'on-hold', 'auto-draft'].includes(order.status),
    needs_payment: ['pending', 'failed'].includes(order.status) && total0,
    needs_processing: true,
    date_created_gmt: formatGmt(order.created),
    date_modified_gmt: formatGmt(order.modified),
    date_completed_gmt: gmt(order.completed),
    date_paid_gmt: gmt(order.paid),
    currency_symbol: currencySymbol(order.currency),
    _links: links(order, customerId, version, site),
  };
}
