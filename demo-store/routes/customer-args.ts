// Arguments WooCommerce registers on the customer routes (its collection parameters and the
// item schema). WordPress validates requests against these before any permission check.

import type { ArgMap, ArgSchema } from '../params.ts';
import { ROLES, type ApiVersion } from '../types.ts';

const text = (description: string): ArgSchema => ({ type: 'string', description });

function addressSchema(withEmail: boolean, withPhone: boolean): ArgSchema {
  const properties: Record<string, ArgSchema> = {
    first_name: text('First name.'),
    last_name: text('Last name.'),
    company: text('Company name.'),
    address_1: text('Address line 1.'),
    address_2: text('Address line 2.'),
    city: text('City name.'),
    state: text('ISO code or name of the state, province or district.'),
    postcode: text('Postal code.'),
    country: text('ISO code of the country.'),
  };
  if (withEmail)
    properties.email = { type: 'string', format: 'email', description: 'Email address.' };
  if (withPhone) properties.phone = text('Phone number.');
  return { type: 'object', properties };
}

/** Billing/shipping fields a write may set; v1's schema has no shipping phone. */
export function addressFields(version: ApiVersion, kind: 'billing' | 'shipping'): string[] {
  const schema = addressSchema(kind === 'billing', kind === 'billing' || version !== 'v1');
  return Object.keys(schema.properties ?? {});
}

export const CONTEXT_ARG: ArgSchema = {
  type: 'string',
  enum: ['view', 'edit'],
  default: 'view',
  description: 'Scope under which the request is made; determines fields present in response.',
};

/** The paging and search arguments WooCommerce's collections share (customers, orders). */
export const PAGE_ARG: ArgSchema = {
  type: 'integer',
  default: 1,
  minimum: 1,
  sanitize: 'absint',
  description: 'Current page of the collection.',
};
export const PER_PAGE_ARG: ArgSchema = {
  type: 'integer',
  default: 10,
  minimum: 1,
  maximum: 100,
  sanitize: 'absint',
  description: 'Maximum number of items to be returned in result set.',
};
export const SEARCH_ARG: ArgSchema = {
  type: 'string',
  sanitize: 'text',
  description: 'Limit results to those matching a string.',
};

export const COLLECTION_ARGS: ArgMap = {
  context: CONTEXT_ARG,
  page: PAGE_ARG,
  per_page: PER_PAGE_ARG,
  search: SEARCH_ARG,
  exclude: {
    type: 'array',
    items: { type: 'integer' },
    default: [],
    sanitize: 'id_list',
    // WooCommerce gives only a sanitize_callback, so WordPress never validates it: `a,b` is [0].
    validate: () => null,
    description: 'Ensure result set excludes specific IDs.',
  },
  include: {
    type: 'array',
    items: { type: 'integer' },
    default: [],
    sanitize: 'id_list',
    validate: () => null,
    description: 'Limit result set to specific IDs.',
  },
  offset: {
    type: 'integer',
    sanitize: 'absint',
    description: 'Offset the result set by a specific number of items.',
  },
  order: {
    type: 'string',
    enum: ['asc', 'desc'],
    default: 'asc',
    description: 'Order sort attribute ascending or descending.',
  },
  orderby: {
    type: 'string',
    enum: ['id', 'include', 'name', 'registered_date'],
    default: 'name',
    description: 'Sort collection by object attribute.',
  },
  email: {
    type: 'string',
    format: 'email',
    description: 'Limit result set to resources with a specific email.',
  },
  role: {
    type: 'string',
    enum: ['all', ...ROLES],
    default: 'customer',
    description: 'Limit result set to resources with a specific role.',
  },
};

function itemArgs(version: ApiVersion): ArgMap {
  const args: ArgMap = {
    email: { type: 'string', format: 'email', description: 'The email address for the customer.' },
    first_name: text('Customer first name.'),
    last_name: text('Customer last name.'),
    username: text('Customer login name.'),
    password: text('Customer password.'),
    billing: addressSchema(true, true),
    shipping: addressSchema(false, version !== 'v1'),
  };
  if (version !== 'v1') {
    args.meta_data = {
      type: 'array',
      description: 'Meta data.',
      items: { type: 'object', properties: { id: { type: 'integer' }, key: { type: 'string' } } },
    };
  }
  return args;
}

/** Create: `email` is required and, unlike on update, not format-checked by WordPress. */
export function createArgs(version: ApiVersion): ArgMap {
  return {
    ...itemArgs(version),
    email: { type: 'string', required: true, description: 'New user email address.' },
    username: text('New user username.'),
    password: text('New user password.'),
  };
}

export function updateArgs(version: ApiVersion): ArgMap {
  return itemArgs(version);
}

/** The id in the route's path, which WordPress lists among the endpoint's arguments. */
export const ID_ARG: ArgSchema = {
  type: 'integer',
  description: 'Unique identifier for the resource.',
};

export const DELETE_ARGS: ArgMap = {
  id: ID_ARG,
  force: {
    type: 'boolean',
    default: false,
    description: 'Required to be true, as resource does not support trashing.',
  },
  reassign: { type: 'integer', default: 0, description: 'ID to reassign posts to.' },
};
