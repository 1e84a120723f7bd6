// WordPress's `sanitize_params()`: after validation each argument is replaced, in place, by its
// sanitised value, so handlers read `(int)` pages, boolean `force` and id lists.

import type { ArgMap, ArgSchema } from './params.ts';
import { absint, parseIdList, phpIntCast, sanitizeTextField } from './php.ts';
import { isJsonObject, type JsonObject, type JsonValue } from './types.ts';

function sanitizeValue(value: JsonValue, schema: ArgSchema): JsonValue {
  if (schema.sanitize === 'absint') return absint(value);
  if (schema.sanitize === 'text') return sanitizeTextField(value);
  if (schema.sanitize === 'id_list') return parseIdList(value);
  if (schema.type === 'integer') return phpIntCast(value);
  if (schema.type === 'boolean') {
    return typeof value === 'string' ? !['false', '0', ''].includes(value.toLowerCase()) : !!value;
  }
  // WordPress sanitises email-format strings as text: sanitize_email() would validate.
  if (schema.format === 'email' && typeof value === 'string') return sanitizeTextField(value);
  if (schema.type === 'object' && schema.properties && isJsonObject(value)) {
    const out: JsonObject = { ...value };
    for (const [key, child] of Object.entries(value)) {
      const childSchema = schema.properties[key];
      if (childSchema && child !== null) out[key] = sanitizeValue(child, childSchema);
    }
    return out;
  }
  return value;
}

/** `sanitize_params()`: each present argument is replaced by its sanitised value in place. */
export function sanitizeInPlace(args: ArgMap, sources: JsonObject[]): void {
  for (const source of sources) {
    for (const [key, schema] of Object.entries(args)) {
      const value = source[key];
      if (Object.hasOwn(source, key) && value !== undefined && value !== null) {
        source[key] = sanitizeValue(value, schema);
      }
    }
  }
}

/** The defaults WordPress registers for a route's arguments. */
export function argDefaults(args: ArgMap): JsonObject {
  const out: JsonObject = {};
  for (const [key, schema] of Object.entries(args)) {
    if (schema.default !== undefined) out[key] = schema.default;
  }
  return out;
}
