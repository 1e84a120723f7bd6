import { ApiError } from '../errors';

export function isPositiveId(id: unknown): id is number {
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0;
}

/**
 * Ids go into URLs (`customers/<id>`), so anything but a positive safe integer is refused before
 * a request is built. The store answers a non-numeric id with 404 `rest_no_route`, so this reads
 * as "not found" to the screens as well.
 */
export function assertCustomerId(id: unknown): asserts id is number {
  if (!isPositiveId(id)) {
    throw new ApiError({
      kind: 'not_found',
      code: 'customer_desk_invalid_id',
      message: `Invalid customer id: ${describe(id)}.`,
    });
  }
}

export function describe(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
