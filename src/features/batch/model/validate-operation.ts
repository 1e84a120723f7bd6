import type * as z from 'zod/mini';
import {
  CustomerCreateInputSchema,
  CustomerUpdateInputSchema,
} from '../../../api/schemas/customer-input';
import type { BatchOperation } from './batch-operation';
import { metaKeyOf, toCustomerInput, type FieldValues } from '../../../lib/customer-fields';

// The batch endpoint validates nothing (a malformed email in an update succeeds and blanks the
// address), so every operation passes the single form's zod rules before it may be sent. A few
// rules the shared schemas do not have (yet) are added here, stricter, because the batch endpoint
// is where a silent mistake costs most.

export type IssueCode =
  'required' | 'email' | 'country' | 'username' | 'metaKey' | 'nothingToChange' | 'invalid';

export interface FieldIssue {
  /** Flat field name, or '' for the whole operation. */
  field: string;
  code: IssueCode;
  /** zod's own words, for 'invalid' only. */
  detail?: string;
}

// WordPress's sanitize_user(strict) keeps these; anything else is silently stripped on create.
const USERNAME = /^[A-Za-z0-9 _.\-@]+$/;
// WooCommerce stores ISO 3166-1 alpha-2 codes; "Germany" would be stored and mean nothing.
const COUNTRY = /^[A-Z]{2}$/;

function flatName(path: readonly PropertyKey[], values: FieldValues): string {
  const [head, second] = path;
  if (head === 'meta_data' && typeof second === 'number') {
    const metaNames = Object.keys(values).filter((name) => metaKeyOf(name) !== undefined);
    return metaNames[second] ?? 'meta_data';
  }
  if ((head === 'billing' || head === 'shipping') && typeof second === 'string') {
    return `${head}.${second}`;
  }
  return String(head ?? '');
}

function fromZod(error: z.core.$ZodError, values: FieldValues): FieldIssue[] {
  return error.issues.map((issue) => {
    const field = flatName(issue.path, values);
    if (issue.code === 'invalid_type' && values[field] === undefined) {
      return { field, code: 'required' };
    }
    const isEmailField = field === 'email' || field === 'billing.email';
    if (isEmailField || (issue.code === 'invalid_format' && issue.format === 'email')) {
      return { field, code: 'email' };
    }
    return { field, code: 'invalid', detail: issue.message };
  });
}

function stricterChecks(values: FieldValues, isCreate: boolean): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [field, value] of Object.entries(values)) {
    if (field.endsWith('.country') && value !== '' && !COUNTRY.test(value)) {
      issues.push({ field, code: 'country' });
    }
    const metaKey = metaKeyOf(field);
    // Keys starting with "_" are protected: WooCommerce 9.7+ neither writes nor returns them.
    if (metaKey?.startsWith('_')) issues.push({ field, code: 'metaKey' });
  }
  const username = values.username;
  if (isCreate && username !== undefined && username !== '' && !USERNAME.test(username)) {
    issues.push({ field: 'username', code: 'username' });
  }
  return issues;
}

export function validateOperation(op: BatchOperation): FieldIssue[] {
  if (op.kind === 'delete') return [];
  const input = toCustomerInput(op.fields);
  if (op.kind === 'create') {
    const result = CustomerCreateInputSchema.safeParse(input);
    const zodIssues = result.success ? [] : fromZod(result.error, op.fields);
    return [...zodIssues, ...stricterChecks(op.fields, true)];
  }
  if (Object.keys(op.fields).length === 0) return [{ field: '', code: 'nothingToChange' }];
  // The username cannot change on the store; the shared schema drops it, we refuse it loudly.
  if (op.fields.username !== undefined) return [{ field: 'username', code: 'invalid' }];
  const result = CustomerUpdateInputSchema.safeParse(input);
  const zodIssues = result.success ? [] : fromZod(result.error, op.fields);
  return [...zodIssues, ...stricterChecks(op.fields, false)];
}

export function isOperationValid(op: BatchOperation): boolean {
  return validateOperation(op).length === 0;
}
