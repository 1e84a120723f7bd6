// Every order of the store. Seeded customers' orders are made when first asked for (a store that
// is never asked for orders pays nothing, even at 100,000 customers); orders from a data file are
// there from the start. Deleting a user keeps their orders, as WooCommerce does: it only sets the
// order's customer to 0 (`wc_reset_order_customer_id_on_deleted_user`).

import type { StoreDb } from '../db.ts';
import type { StoreUser } from '../types.ts';
import type { StoreOrder } from './order-types.ts';
import { seedOrdersOf } from './seed-orders.ts';

export interface OrderSource {
  /** Users as seeded, whose orders follow from their summaries. */
  seededUsers: readonly StoreUser[];
  seed: number;
  currency: string;
  /** Orders given as they are (a data file). */
  orders: readonly StoreOrder[];
}

export class OrderBook {
  private readonly byCustomer = new Map<number, StoreOrder[]>();
  private readonly buyers: Map<number, StoreUser>;
  private everything: StoreOrder[] | null = null;

  constructor(
    private readonly db: StoreDb,
    private readonly source: OrderSource,
  ) {
    this.buyers = new Map(
      source.seededUsers.filter((user) => user.ordersCount > 0).map((user) => [user.id, user]),
    );
  }

  /** The customer an order belongs to now: 0 once their user is gone. */
  customerOf(order: StoreOrder): number {
    return order.customerId > 0 && this.db.get(order.customerId) ? order.customerId : 0;
  }

  private seededOf(userId: number): StoreOrder[] {
    let orders = this.byCustomer.get(userId);
    if (!orders) {
      const user = this.buyers.get(userId);
      orders = user ? seedOrdersOf(user, this.source.seed, this.source.currency) : [];
      this.byCustomer.set(userId, orders);
    }
    return orders;
  }

  /** Orders of one customer (user id), or of guests and deleted users for 0; any order. */
  ofCustomer(customerId: number): StoreOrder[] {
    if (this.everything === null && customerId > 0) {
      if (!this.db.get(customerId)) return [];
      return [
        ...this.seededOf(customerId),
        ...this.source.orders.filter((order) => order.customerId === customerId),
      ];
    }
    return this.all().filter((order) => this.customerOf(order) === customerId);
  }

  /** Every order, by id. */
  all(): StoreOrder[] {
    if (this.everything === null) {
      const seeded = [...this.buyers.keys()].flatMap((id) => this.seededOf(id));
      this.everything = [...seeded, ...this.source.orders].sort((a, b) => a.id - b.id);
    }
    return this.everything;
  }

  get(id: number): StoreOrder | undefined {
    return this.all().find((order) => order.id === id);
  }
}
