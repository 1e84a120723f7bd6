import { newOperationKey, type BatchOperation } from '../model/batch-operation';
import { validateOperation, type FieldIssue } from '../model/validate-operation';
import type { MappedRow } from './column-mapping';

// A mapped CSV row becomes one queued operation, or a reason it cannot. In "match" mode a row that
// names an existing customer (an id column, or an email the store already has) updates them; the
// others are created.

export type ImportMode = 'create' | 'match';

export interface CustomerIndex {
  ids: ReadonlySet<number>;
  /** Lower-cased email → id. */
  emails: ReadonlyMap<string, number>;
}

export type RowIssue = FieldIssue | { field: 'id'; code: 'badId' | 'unknownId' };

export interface RowResult {
  /** The line in the file (the header is line 1). */
  line: number;
  op?: BatchOperation;
  issues: RowIssue[];
}

function toUpdate(row: MappedRow, id: number, dropEmail: boolean): BatchOperation {
  const { email, ...rest } = row.fields;
  const fields = dropEmail ? rest : row.fields;
  return { key: newOperationKey(), kind: 'update', id, label: email, fields };
}

function resolve(
  row: MappedRow,
  mode: ImportMode,
  index?: CustomerIndex,
): BatchOperation | RowIssue {
  if (mode === 'create' || !index)
    return { key: newOperationKey(), kind: 'create', fields: row.fields };
  if (row.id !== undefined) {
    if (!/^\d+$/.test(row.id) || Number(row.id) < 1) return { field: 'id', code: 'badId' };
    const id = Number(row.id);
    if (!index.ids.has(id)) return { field: 'id', code: 'unknownId' };
    return toUpdate(row, id, false);
  }
  const match = index.emails.get((row.fields.email ?? '').toLowerCase());
  // Matched by email: the email stays as it is, so it is not sent again.
  if (match !== undefined) return toUpdate(row, match, true);
  return { key: newOperationKey(), kind: 'create', fields: row.fields };
}

export function rowToOperation(
  row: MappedRow,
  line: number,
  mode: ImportMode,
  index?: CustomerIndex,
): RowResult {
  const resolved = resolve(row, mode, index);
  if ('code' in resolved) return { line, issues: [resolved] };
  const issues = validateOperation(resolved);
  return issues.length > 0 ? { line, issues } : { line, op: resolved, issues: [] };
}
