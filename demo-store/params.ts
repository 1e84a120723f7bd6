// WordPress's argument validation (`rest_validate_value_from_schema`) and sanitising for the
// small schema subset the customer routes use, with WordPress's codes and messages.

import { WpError } from './errors.ts';
import { isEmail, isNumeric, parseList } from './php.ts';
import type { JsonObject, JsonValue } from './types.ts';

export interface ArgSchema {
  type?: 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';
  enum?: readonly string[];
  minimum?: number;
  maximum?: number;
  format?: 'email' | 'date-time';
  items?: ArgSchema;
  properties?: Record<string, ArgSchema>;
  default?: JsonValue;
  required?: boolean;
  description?: string;
  sanitize?: 'absint' | 'text' | 'id_list';
  /** A route's own `validate_callback`, used instead of the schema (WooCommerce Admin's between checks). */
  validate?: (value: JsonValue, param: string) => Problem | null;
}

export type ArgMap = Record<string, ArgSchema>;

export interface Problem {
  code: string;
  message: string;
  data: JsonValue;
}

/** WordPress `wp_sprintf_l`: "a, b, and c" / "a and b". */
function listSentence(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  if (items.length === 2) return `${items[0]} and ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}, and ${items[items.length - 1]}`;
}

function typeProblem(param: string, type: string): Problem {
  return {
    code: 'rest_invalid_type',
    message: `${param} is not of type ${type}.`,
    data: { param },
  };
}

function isJsonObjectValue(value: JsonValue): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRestObject(value: JsonValue): boolean {
  return value === '' || (typeof value === 'object' && value !== null);
}

function isRestBoolean(value: JsonValue): boolean {
  if (typeof value === 'boolean') return true;
  if (typeof value === 'string') return ['false', 'true', '0', '1'].includes(value.toLowerCase());
  return value === 0 || value === 1;
}

function isRestInteger(value: JsonValue): boolean {
  if (typeof value !== 'number' && typeof value !== 'string') return false;
  if (!isNumeric(value)) return false;
  const float = Number(typeof value === 'string' ? value.trim() : value);
  return Math.round(float) === float;
}

function checkNumberRange(value: number, schema: ArgSchema, param: string): Problem | null {
  const { minimum, maximum } = schema;
  if (minimum !== undefined && maximum !== undefined && (value < minimum || value > maximum)) {
    const message = `${param} must be between ${minimum} (inclusive) and ${maximum} (inclusive)`;
    return { code: 'rest_out_of_bounds', message, data: null };
  }
  if (minimum !== undefined && maximum === undefined && value < minimum) {
    const message = `${param} must be greater than or equal to ${minimum}`;
    return { code: 'rest_out_of_bounds', message, data: null };
  }
  return null;
}

/** `rest_parse_date()`: RFC 3339 with a `T` or a space, optional fraction and zone. */
export function isRestDate(value: JsonValue): boolean {
  const pattern =
    /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|z|[+-]\d{2}(?::\d{2})?)?$/;
  return typeof value === 'string' && pattern.test(value);
}

function validateValue(value: JsonValue, schema: ArgSchema, param: string): Problem | null {
  if (schema.validate) return schema.validate(value, param);
  switch (schema.type) {
    case 'string':
      if (typeof value !== 'string') return typeProblem(param, 'string');
      break;
    case 'boolean':
      if (!isRestBoolean(value)) return typeProblem(param, 'boolean');
      break;
    case 'number': {
      if (!isNumeric(value)) return typeProblem(param, 'number');
      const range = checkNumberRange(Number(value), schema, param);
      if (range) return range;
      break;
    }
    case 'integer': {
      if (!isRestInteger(value)) return typeProblem(param, 'integer');
      const range = checkNumberRange(Number(value), schema, param);
      if (range) return range;
      break;
    }
    case 'array': {
      // Scalars count as comma lists; only objects with non-integer keys are not arrays.
      const isMap = isJsonObjectValue(value) && Object.keys(value).some((k) => !/^\d+$/.test(k));
      if (value === null || isMap) return typeProblem(param, 'array');
      const items = typeof value === 'object' ? parseList(value) : parseList(String(value));
      for (const [index, item] of items.entries()) {
        const problem = schema.items
          ? validateValue(item, schema.items, `${param}[${index}]`)
          : null;
        if (problem) return problem;
      }
      break;
    }
    case 'object': {
      if (!isRestObject(value)) return typeProblem(param, 'object');
      if (typeof value !== 'object' || value === null || !schema.properties) break;
      const entries = Array.isArray(value) ? [...value.entries()] : Object.entries(value);
      for (const [key, child] of entries) {
        const childSchema = schema.properties[String(key)];
        if (!childSchema || child === null) continue;
        const problem = validateValue(child, childSchema, `${param}[${key}]`);
        if (problem) return problem;
      }
      break;
    }
    default:
      break;
  }
  if (schema.enum && typeof value === 'string' && !schema.enum.includes(value)) {
    const message =
      schema.enum.length === 1
        ? `${param} is not ${schema.enum[0]}.`
        : `${param} is not one of ${listSentence(schema.enum)}.`;
    return { code: 'rest_not_in_enum', message, data: null };
  }
  if (schema.format === 'email' && !isEmail(value)) {
    return { code: 'rest_invalid_email', message: 'Invalid email address.', data: null };
  }
  if (schema.format === 'date-time' && !isRestDate(value)) {
    return { code: 'rest_invalid_date', message: 'Invalid date.', data: null };
  }
  return null;
}

/** `WP_REST_Request::has_valid_params()`: required first, then every present argument. */
export function validateArgs(
  args: ArgMap,
  get: (key: string) => JsonValue | undefined,
): WpError | null {
  const missing = Object.entries(args)
    .filter(([key, schema]) => schema.required === true && (get(key) ?? null) === null)
    .map(([key]) => key);
  if (missing.length > 0) {
    return new WpError(
      'rest_missing_callback_param',
      `Missing parameter(s): ${missing.join(', ')}`,
      400,
      { params: missing },
    );
  }
  const params: JsonObject = {};
  const details: JsonObject = {};
  for (const [key, schema] of Object.entries(args)) {
    const value = get(key) ?? null;
    if (value === null) continue;
    const problem = validateValue(value, schema, key);
    if (problem) {
      params[key] = problem.message;
      details[key] = { code: problem.code, message: problem.message, data: problem.data };
    }
  }
  const invalid = Object.keys(params);
  if (invalid.length === 0) return null;
  return new WpError('rest_invalid_param', `Invalid parameter(s): ${invalid.join(', ')}`, 400, {
    params,
    details,
  });
}
