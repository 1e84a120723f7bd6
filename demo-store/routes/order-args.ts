// Arguments WooCommerce 7.9 registers on `GET /orders`, per version (its collection parameters).
// WordPress validates them before the permission check, with its own codes and messages.

import type { ArgMap, ArgSchema } from '../params.ts';
import type { ApiVersion } from '../types.ts';
import { CONTEXT_ARG, PAGE_ARG, PER_PAGE_ARG, SEARCH_ARG } from './customer-args.ts';
import { ORDER_STATUSES } from '../orders/order-types.ts';

const idList = (description: string): ArgSchema => ({
  type: 'array',
  items: { type: 'integer' },
  default: [],
  sanitize: 'id_list',
  // A sanitize_callback alone: WordPress never validates these (`a,b` becomes [0]).
  validate: () => null,
  description,
});

const date = (description: string): ArgSchema => ({
  type: 'string',
  format: 'date-time',
  description,
});

// The status enum as each version lists it: v1 'any' and the registered statuses, v2 and v3 also
// the drafts WordPress keeps (in WooCommerce's order).
const V1_STATUSES = ['any', ...ORDER_STATUSES];
const STATUSES = ['any', 'trash', 'auto-draft', ...ORDER_STATUSES];

export function orderCollectionArgs(version: ApiVersion): ArgMap {
  const args: ArgMap = {
    context: CONTEXT_ARG,
    page: PAGE_ARG,
    per_page: PER_PAGE_ARG,
    search: SEARCH_ARG,
    after: date('Limit response to resources published after a given ISO8601 compliant date.'),
    before: date('Limit response to resources published before a given ISO8601 compliant date.'),
  };
  if (version !== 'v1') {
    args.modified_after = date(
      'Limit response to resources modified after a given ISO8601 compliant date.',
    );
    args.modified_before = date(
      'Limit response to resources modified before a given ISO8601 compliant date.',
    );
    args.dates_are_gmt = {
      type: 'boolean',
      default: false,
      description:
        'Whether to consider GMT post dates when limiting response by published or modified date.',
    };
  }
  Object.assign(args, {
    exclude: idList('Ensure result set excludes specific IDs.'),
    include: idList('Limit result set to specific ids.'),
    offset: {
      type: 'integer',
      sanitize: 'absint',
      description: 'Offset the result set by a specific number of items.',
    },
    order: {
      type: 'string',
      default: 'desc',
      enum: ['asc', 'desc'],
      description: 'Order sort attribute ascending or descending.',
    },
    orderby: {
      type: 'string',
      default: 'date',
      enum: ['date', 'id', 'include', 'title', 'slug', 'modified'],
      description: 'Sort collection by object attribute.',
    },
  } satisfies ArgMap);
  if (version === 'v1')
    args.filter = {
      type: 'object',
      description:
        'Use WP Query arguments to modify the response; private query vars require appropriate authorization.',
    };
  else {
    args.parent = idList('Limit result set to those of particular parent IDs.');
    args.parent_exclude = idList(
      'Limit result set to all items except those of a particular parent ID.',
    );
  }
  const statusEnum = version === 'v1' ? V1_STATUSES : STATUSES;
  args.status =
    version === 'v3'
      ? {
          default: 'any',
          type: 'array',
          items: { type: 'string', enum: statusEnum },
          description: 'Limit result set to orders assigned one or more statuses.',
        }
      : {
          default: 'any',
          type: 'string',
          enum: statusEnum,
          description: 'Limit result set to orders assigned a specific status.',
        };
  Object.assign(args, {
    customer: {
      type: 'integer',
      sanitize: 'absint',
      description: 'Limit result set to orders assigned a specific customer.',
    },
    product: {
      type: 'integer',
      sanitize: 'absint',
      description: 'Limit result set to orders assigned a specific product.',
    },
    dp: {
      default: 2,
      type: 'integer',
      sanitize: 'absint',
      description: 'Number of decimal points to use in each resource.',
    },
  } satisfies ArgMap);
  if (version !== 'v1') {
    args.order_item_display_meta = {
      default: false,
      type: 'boolean',
      description: 'Only show meta which is meant to be displayed for an order.',
    };
    args.include_meta = {
      default: [],
      type: 'array',
      items: { type: 'string' },
      description: 'Limit meta_data to specific keys.',
    };
    args.exclude_meta = {
      default: [],
      type: 'array',
      items: { type: 'string' },
      description: 'Ensure meta_data excludes specific keys.',
    };
  }
  return args;
}
