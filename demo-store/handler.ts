// The demo store as a plain Fetch-API function (Request → Response). No Node APIs here, so the
// same store can back Node servers, in-process unit tests or a service worker. Node's server only
// adapts; it turns `Response.error()` (a dropped-connection fault) into a destroyed socket.

import { CustomerIndex } from './analytics/customer-index.ts';
import { Authenticator, type ApiKey } from './auth.ts';
import { ordersFromData, usersFromData } from './data-file.ts';
import { isValidTimeZone } from './dates.ts';
import { StoreDb } from './db.ts';
import { alteredResponse, replacementResponse, sleep } from './fault-responses.ts';
import { FaultStore } from './faults.ts';
import { OrderBook } from './orders/order-book.ts';
import { RequestLog } from './request-log.ts';
import type { SiteOverride } from './site-override.ts';
import { notFoundPage, restRouteOf, serveRest } from './rest-server.ts';
import { handleControl } from './routes/control.ts';
import { STORE_CURRENCY } from './routes/countries.ts';
import { DEFAULT_NAMESPACES, buildRoutes } from './routes/index.ts';
import { createRandom } from './seed-random.ts';
import { seedGuests } from './seed-guests.ts';
import { SEED_END, SEED_START, SITE_TIMEZONE, seedUsers } from './seed.ts';
import { findKey, type StoreState } from './state.ts';

export interface StoreHandlerOptions {
  /** Read/write key pair, owned by the first administrator. */
  key: string;
  secret: string;
  /** Optional read-only key pair. */
  readKey?: string;
  readSecret?: string;
  /** Number of seeded customers (default 250) and the seed (default 42). */
  customers?: number;
  seed?: number;
  /** Parsed data file: users to serve instead of seeded ones (see data-file.ts). */
  data?: unknown;
  /** Namespaces the store offers (default: all three WooCommerce versions and WordPress's). */
  namespaces?: string[];
  /** Site time zone (IANA); default the seed's Asia/Shanghai, so local and GMT dates differ. */
  timezone?: string;
  /** Home URL; defaults to the origin of each request. OAuth signatures are checked against it. */
  siteUrl?: string;
  /**
   * A home URL other than the address the store is reached at (`--home-url`): what a site behind
   * a proxy that drops the port or rewrites the Host reports, and signs against. Wins over siteUrl.
   */
  homeUrl?: string;
  siteName?: string;
  /** Clock, for tests of OAuth timestamps. */
  now?: () => number;
}

export interface ResetOptions {
  customers?: number;
  seed?: number;
}

export type StoreHandler = ReturnType<typeof createStoreHandler>;

function buildState(options: StoreHandlerOptions, reset: ResetOptions): StoreState {
  const seed = reset.seed ?? options.seed ?? 42;
  const fromData = options.data !== undefined && reset.customers === undefined;
  const customers = reset.customers ?? options.customers ?? 250;
  const users = fromData ? usersFromData(options.data).users : seedUsers({ customers, seed });
  const nextMetaId =
    1 + users.reduce((max, user) => user.meta.reduce((m, row) => Math.max(m, row.id), max), 0);
  const db = new StoreDb(users, nextMetaId);
  // Seeded customers' orders follow from their summaries (taken now, before any edit); a data
  // file lists its orders itself.
  const orders = new OrderBook(db, {
    seededUsers: fromData ? [] : [...users],
    seed,
    currency: STORE_CURRENCY.code,
    orders: fromData ? ordersFromData(options.data) : [],
  });
  // A data file brings its own customers and no orders, so it has no guests either.
  const analytics = new CustomerIndex(db, () =>
    fromData ? [] : seedGuests(seed, customers, users, SEED_START, SEED_END),
  );
  const owner = users.find((user) => user.role === 'administrator')?.id ?? 1;
  const keys: ApiKey[] = [
    {
      consumerKey: options.key,
      consumerSecret: options.secret,
      permissions: 'read_write',
      userId: owner,
    },
  ];
  if (options.readKey && options.readSecret) {
    keys.push({
      consumerKey: options.readKey,
      consumerSecret: options.readSecret,
      permissions: 'read',
      userId: owner,
    });
  }
  const timezone = options.timezone ?? SITE_TIMEZONE;
  if (!isValidTimeZone(timezone)) throw new Error(`unknown time zone "${timezone}"`);
  return {
    db,
    keys,
    settings: {
      name: options.siteName ?? 'Customer Desk Demo Store',
      description: 'A WooCommerce-compatible demo store',
      timezone,
      namespaces: options.namespaces ?? [...DEFAULT_NAMESPACES],
    },
    rng: createRandom(seed ^ 0x5eed),
    analytics,
    orders,
  };
}

export function createStoreHandler(options: StoreHandlerOptions) {
  let state = buildState(options, {});
  let routes = buildRoutes(state.settings.namespaces);
  let authenticator = new Authenticator((key) => findKey(state, key));
  const faults = new FaultStore();
  const requests = new RequestLog();
  const store = {
    siteUrl: options.siteUrl,
    /** Set through `POST /__demo/site` (see site-override.ts); cleared by reset(). */
    siteOverride: null as SiteOverride | null,
    faults,
    requests,
    get db() {
      return state.db;
    },
    get state() {
      return state;
    },
    /** Re-seeds (optionally with another size or seed) and forgets faults, nonces and the log. */
    reset(reset: ResetOptions = {}) {
      state = buildState(options, reset);
      routes = buildRoutes(state.settings.namespaces);
      authenticator = new Authenticator((key) => findKey(state, key));
      faults.clear();
      requests.clear();
      store.siteOverride = null;
    },
    async handle(request: Request): Promise<Response> {
      const url = new URL(request.url);
      if (url.pathname === '/__demo' || url.pathname.startsWith('/__demo/')) {
        return handleControl(store, request, url);
      }
      const now = options.now?.() ?? Date.now();
      const home = store.siteOverride?.homeUrl ?? options.homeUrl ?? store.siteUrl ?? url.origin;
      const site = {
        siteUrl: home.replace(/\/+$/, ''),
        // `is_ssl()`: how PHP sees the request, which a TLS-terminating proxy can hide.
        https: store.siteOverride?.https ?? url.protocol === 'https:',
        timezone: state.settings.timezone,
        now,
      };
      const rule = faults.take(request.method, url.pathname, url.searchParams);
      const fault = rule?.fault ?? null;
      const serve = async (): Promise<Response> => {
        const route = restRouteOf(url);
        if (route === null) return notFoundPage();
        return serveRest({ state, routes, authenticator, site }, request, url, route);
      };
      let response: Response;
      if (fault?.type === 'delay') await sleep(fault.ms ?? 0, request.signal);
      if (fault && ['status', 'html', 'drop'].includes(fault.type)) {
        if (fault.when === 'after') await (await serve()).arrayBuffer();
        response =
          fault.type === 'drop'
            ? Response.error()
            : replacementResponse(fault, request.headers.get('Origin'), request.method);
      } else {
        response = await serve();
        if (fault && fault.type !== 'delay') response = await alteredResponse(fault, response);
      }
      requests.add({
        time: new Date(now).toISOString(),
        method: request.method,
        path: url.pathname,
        query: url.search.slice(1),
        status: response.status,
        authorization: request.headers.has('Authorization'),
        origin: request.headers.get('Origin'),
        fault: fault?.type ?? null,
      });
      return response;
    },
  };
  return store;
}
