// `/customers/batch`: WooCommerce's batch_items(). Items run through the same create/update/
// delete code as single requests but without schema validation, and only the keys that had
// items come back. Deliberate difference: a delete entry that is not an integer id is refused.

import { WpError, restResult, type RestResult } from '../errors.ts';
import { phpEmpty, phpIntCast } from '../php.ts';
import { RestRequest } from '../rest-request.ts';
import { EDITABLE, defineRoute, type Route, type RouteContext } from '../router.ts';
import { customerData } from '../serialize.ts';
import {
  isJsonObject,
  type ApiVersion,
  type JsonObject,
  type JsonValue,
  type StoreUser,
} from '../types.ts';
import { updateArgs } from './customer-args.ts';
import { createCustomer, deleteCustomer, updateCustomer } from './customer-writes.ts';
import { requireUser } from './customers.ts';

export const BATCH_LIMIT = 100;

function entries(value: JsonValue | undefined): JsonValue[] {
  if (Array.isArray(value)) return value;
  return isJsonObject(value) ? Object.values(value) : [];
}

function countable(value: JsonValue | undefined): number {
  return Array.isArray(value) || isJsonObject(value) ? entries(value).length : 0;
}

function isPlainId(entry: JsonValue): boolean {
  if (typeof entry === 'number') return Number.isInteger(entry);
  return typeof entry === 'string' && /^-?\d+$/.test(entry);
}

function unsafeDelete(list: JsonValue[]): WpError | null {
  const index = list.findIndex((entry) => !isPlainId(entry));
  if (index === -1) return null;
  const entry = list[index] ?? null;
  const castTo = phpIntCast(entry);
  const consequence =
    castTo === 0
      ? 'A real WooCommerce store would skip it silently.'
      : `A real WooCommerce store casts it with (int) to ${castTo} and would delete user ${castTo}` +
        (castTo === 1 ? ' (usually the administrator, together with the API keys).' : '.');
  return new WpError(
    'demo_store_unsafe_batch_delete',
    `Demo store refuses this batch: delete[${index}] is ${JSON.stringify(entry)}, not an integer id. ${consequence} Send plain integer ids.`,
    400,
    { index, entry, cast_to: castTo },
  );
}

function failure(id: JsonValue, error: WpError): JsonObject {
  return { id, error: { code: error.code, message: error.message, data: error.data } };
}

function batchItems(ctx: RouteContext, version: ApiVersion): RestResult | WpError {
  const params = ctx.req.params();
  const items: JsonObject = {};
  for (const [key, value] of Object.entries(params)) if (!phpEmpty(value)) items[key] = value;
  const total = countable(items.create) + countable(items.update) + countable(items.delete);
  if (total > BATCH_LIMIT) {
    return new WpError(
      'woocommerce_rest_request_entity_too_large',
      `Unable to accept more than ${BATCH_LIMIT} items for this request.`,
      413,
    );
  }
  const refused = unsafeDelete(entries(items.delete));
  if (refused) return refused;
  const out: JsonObject = {};
  const print = (user: StoreUser): JsonObject => customerData(user, version, ctx.site);
  const now = ctx.site.now;
  for (const item of entries(items.create)) {
    const json = isJsonObject(item) ? item : {};
    const sub = new RestRequest({
      method: 'POST',
      route: ctx.req.route,
      json,
      query: ctx.req.query,
    });
    const result = createCustomer(sub, ctx.state, version, now);
    ((out.create ??= []) as JsonValue[]).push(
      result instanceof WpError ? failure(0, result) : print(result),
    );
  }
  for (const item of entries(items.update)) {
    const json = isJsonObject(item) ? item : {};
    const sub = new RestRequest({ method: 'PUT', route: ctx.req.route, json });
    const result = updateCustomer(sub, ctx.state, version, now);
    const id = json.id ?? null;
    ((out.update ??= []) as JsonValue[]).push(
      result instanceof WpError ? failure(id, result) : print(result),
    );
  }
  for (const entry of entries(items.delete)) {
    const id = phpIntCast(entry);
    if (id === 0) continue;
    const sub = new RestRequest({
      method: 'DELETE',
      route: ctx.req.route,
      query: { id, force: true },
    });
    const result = deleteCustomer(sub, ctx.state);
    ((out.delete ??= []) as JsonValue[]).push(
      result instanceof WpError ? failure(id, result) : print(result),
    );
  }
  // PHP prints an empty array as [], not {}.
  return restResult(Object.keys(out).length === 0 ? [] : out);
}

const canBatch = requireUser(
  'woocommerce_rest_cannot_batch',
  'Sorry, you are not allowed to batch manipulate this resource.',
);

export function batchRoute(version: ApiVersion): Route {
  const ns = `wc/${version}`;
  return defineRoute(
    ns,
    `/${ns}/customers/batch`,
    [
      {
        methods: EDITABLE,
        args: updateArgs(version),
        permission: canBatch,
        callback: (ctx) => batchItems(ctx, version),
      },
    ],
    version,
  );
}
