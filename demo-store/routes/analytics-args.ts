// The collection parameters WooCommerce Admin registers on `/wc-analytics/reports/customers`,
// with its own checks for the `_between` pairs (a real array of two, e.g. `x[]=1&x[]=5`).

import type { ArgMap, ArgSchema, Problem } from '../params.ts';
import { isNumeric } from '../php.ts';
import { isRestDate } from '../params.ts';
import type { JsonValue } from '../types.ts';

export const REPORT_ORDERBY = [
  'username',
  'name',
  'country',
  'city',
  'state',
  'postcode',
  'date_registered',
  'date_last_active',
  'orders_count',
  'total_spend',
  'avg_order_value',
] as const;

const text = (description: string): ArgSchema => ({ type: 'string', description });
const date = (description: string): ArgSchema => ({
  type: 'string',
  format: 'date-time',
  description,
});

function pairOf(kind: 'numbers' | 'dates') {
  return (value: JsonValue, param: string): Problem | null => {
    const items = Array.isArray(value) ? value : null;
    const valid =
      items !== null &&
      items.length === 2 &&
      items.every((item) => (kind === 'numbers' ? isNumeric(item) : isRestDate(item)));
    if (valid) return null;
    const message = `${param} must contain 2 ${kind === 'numbers' ? 'numbers' : 'valid dates'}.`;
    return { code: 'rest_invalid_param', message, data: null };
  };
}

const between = (kind: 'numbers' | 'dates', description: string): ArgSchema => ({
  type: 'array',
  items: { type: kind === 'numbers' ? 'number' : 'string' },
  validate: pairOf(kind),
  description,
});

function rangeArgs(name: string, type: 'integer' | 'number', label: string): ArgMap {
  return {
    [`${name}_min`]: { type, description: `Limit response to objects with ${label} above.` },
    [`${name}_max`]: { type, description: `Limit response to objects with ${label} below.` },
    [`${name}_between`]: between('numbers', `Limit response to objects with ${label} between.`),
  };
}

function listArgs(name: string, label: string): ArgMap {
  return {
    [`${name}_includes`]: text(`Limit response to objects with specific ${label}.`),
    [`${name}_excludes`]: text(`Limit response to objects excluding specific ${label}.`),
  };
}

export const REPORT_ARGS: ArgMap = {
  context: {
    type: 'string',
    enum: ['view', 'edit'],
    default: 'view',
    description: 'Scope under which the request is made; determines fields present in response.',
  },
  page: { type: 'integer', default: 1, minimum: 1, sanitize: 'absint', description: 'Page.' },
  per_page: {
    type: 'integer',
    default: 10,
    minimum: 1,
    maximum: 100,
    sanitize: 'absint',
    description: 'Maximum number of items to be returned in result set.',
  },
  order: {
    type: 'string',
    enum: ['asc', 'desc'],
    default: 'desc',
    description: 'Order sort attribute ascending or descending.',
  },
  orderby: {
    type: 'string',
    enum: REPORT_ORDERBY,
    default: 'date_registered',
    description: 'Sort collection by object attribute.',
  },
  // Accepted and validated as WooCommerce Admin does, but its customers report filters by the
  // registered_/last_active_ dates instead.
  after: date('Limit response to resources published after a given ISO8601 compliant date.'),
  before: date('Limit response to resources published before a given ISO8601 compliant date.'),
  registered_before: date('Limit response to objects registered before (or at) a given date.'),
  registered_after: date('Limit response to objects registered after (or at) a given date.'),
  registered_between: between('dates', 'Limit response to objects registered between two dates.'),
  match: {
    type: 'string',
    enum: ['all', 'any'],
    default: 'all',
    description: 'Indicates whether all the conditions should be true or only any one.',
  },
  search: text('Limit response to objects with a customer field containing the search term.'),
  searchby: {
    type: 'string',
    enum: ['name', 'username', 'email'],
    default: 'name',
    description: 'Limit results with `search` and `searchby` to specific fields.',
  },
  ...listArgs('name', 'names'),
  ...listArgs('username', 'usernames'),
  ...listArgs('email', 'emails'),
  ...listArgs('country', 'countries'),
  last_active_before: date('Limit response to objects last active before (or at) a given date.'),
  last_active_after: date('Limit response to objects last active after (or at) a given date.'),
  last_active_between: between('dates', 'Limit response to objects last active between.'),
  ...rangeArgs('orders_count', 'integer', 'an order count'),
  ...rangeArgs('total_spend', 'number', 'a total spend'),
  ...rangeArgs('avg_order_value', 'number', 'an average order value'),
  last_order_before: date('Limit response to objects with last order before (or at) a given date.'),
  last_order_after: date('Limit response to objects with last order after (or at) a given date.'),
  customers: {
    type: 'array',
    items: { type: 'integer' },
    sanitize: 'id_list',
    description: 'Limit result to items with specified customer ids.',
  },
  users: {
    type: 'array',
    items: { type: 'integer' },
    sanitize: 'id_list',
    description: 'Limit result to items with specified user ids.',
  },
  force_cache_refresh: {
    type: 'boolean',
    description: 'Force retrieval of fresh data instead of from the cache.',
  },
};
