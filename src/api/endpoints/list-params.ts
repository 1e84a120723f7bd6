import * as z from 'zod/mini';
import type { ApiVersion, QueryValue } from '../client';
import { ApiError } from '../errors';

export const CUSTOMER_ROLES = [
  'all',
  'administrator',
  'editor',
  'author',
  'contributor',
  'subscriber',
  'customer',
  'shop_manager',
] as const;

export const CUSTOMER_ORDERBY = ['id', 'include', 'name', 'registered_date'] as const;

const positiveId = z.int().check(z.positive());

/** The store answers 400 for each of these; checking first saves a round trip and a red toast. */
export const ListCustomersParamsSchema = z.object({
  context: z.optional(z.enum(['view', 'edit'])),
  page: z.optional(z.int().check(z.minimum(1))),
  per_page: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
  search: z.optional(z.string()),
  exclude: z.optional(z.array(positiveId)),
  include: z.optional(z.array(positiveId)),
  offset: z.optional(z.int().check(z.minimum(0))),
  // Lower case only: the store refuses `DESC`.
  order: z.optional(z.enum(['asc', 'desc'])),
  orderby: z.optional(z.enum(CUSTOMER_ORDERBY)),
  email: z.optional(z.string()),
  role: z.optional(z.enum(CUSTOMER_ROLES)),
  _fields: z.optional(z.array(z.string().check(z.minLength(1)))),
});

export type ListCustomersParams = z.input<typeof ListCustomersParamsSchema>;

/** Validated query for `GET customers`; `role` is a v2+ parameter, so v1 never gets it. */
export function customerListQuery(
  params: ListCustomersParams,
  version: ApiVersion,
): Record<string, QueryValue> {
  const result = ListCustomersParamsSchema.safeParse(params);
  if (!result.success) {
    const byParam = Object.fromEntries(
      result.error.issues.map((issue) => [issue.path.map(String).join('.'), issue.message]),
    );
    throw new ApiError({
      kind: 'validation',
      code: 'customer_desk_invalid_param',
      message: `Invalid parameter(s): ${Object.keys(byParam).join(', ')}.`,
      params: byParam,
    });
  }
  const { role, search, email, include, exclude, _fields, ...rest } = result.data;
  return {
    ...rest,
    include: nonEmpty(include),
    exclude: nonEmpty(exclude),
    // Rows are keyed and patched in the cache by id, so a trimmed list always carries it.
    _fields:
      _fields && _fields.length > 0 && !_fields.includes('id')
        ? ['id', ..._fields]
        : nonEmpty(_fields),
    // Empty strings would filter for "" rather than mean "no filter".
    search: search === '' ? undefined : search,
    email: email === '' ? undefined : email,
    role: version === 'v1' ? undefined : role,
  };
}

function nonEmpty<T>(list: T[] | undefined): T[] | undefined {
  return list && list.length > 0 ? list : undefined;
}
