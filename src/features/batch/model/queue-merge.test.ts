import { describe, expect, it } from 'vitest';
import type { BatchOperation, UpdateOperation } from './batch-operation';
import { addOperations, findConflicts } from './queue-merge';

const update = (key: string, id: number, fields: Record<string, string>): UpdateOperation => ({
  key,
  kind: 'update',
  id,
  fields,
});
const del = (key: string, id: number): BatchOperation => ({ key, kind: 'delete', id });
const create = (key: string, email: string): BatchOperation => ({
  key,
  kind: 'create',
  fields: { email },
});

describe('addOperations', () => {
  it('merges two updates of one customer; the later value wins field by field', () => {
    const queue = addOperations(
      [update('a', 5, { first_name: 'A', 'billing.city': 'Oslo' })],
      [update('b', 5, { first_name: 'B', 'meta:tier': 'gold' })],
    );
    expect(queue).toEqual([
      update('a', 5, { first_name: 'B', 'billing.city': 'Oslo', 'meta:tier': 'gold' }),
    ]);
  });

  it('turns update-then-delete into the delete alone, keeping the label', () => {
    const queue = addOperations(
      [{ ...update('a', 5, { first_name: 'A' }), label: 'a@x.test' }],
      [del('b', 5)],
    );
    expect(queue).toEqual([{ key: 'b', kind: 'delete', id: 5, label: 'a@x.test' }]);
  });

  it('keeps one delete for a customer deleted twice', () => {
    expect(addOperations([del('a', 5)], [del('b', 5)])).toHaveLength(1);
  });

  it('keeps a delete-then-update pair and flags both as conflicting', () => {
    const queue = addOperations([del('a', 5)], [update('b', 5, { first_name: 'B' })]);
    expect(queue.map((o) => o.key)).toEqual(['a', 'b']);
    expect(findConflicts(queue)).toEqual(
      new Map([
        ['a', 'updateOfDeleted'],
        ['b', 'updateOfDeleted'],
      ]),
    );
  });

  it('leaves other customers and creates alone', () => {
    const queue = addOperations(
      [update('a', 5, { first_name: 'A' })],
      [update('b', 6, {}), create('c', 'x@y.test')],
    );
    expect(queue.map((o) => o.key)).toEqual(['a', 'b', 'c']);
    expect(findConflicts(queue).size).toBe(0);
  });
});

describe('findConflicts', () => {
  it('flags creates that share an email, whatever its case', () => {
    const queue = [
      create('a', 'Same@X.test'),
      create('b', 'same@x.test'),
      create('c', 'other@x.test'),
    ];
    expect([...findConflicts(queue).keys()]).toEqual(['a', 'b']);
  });
});
