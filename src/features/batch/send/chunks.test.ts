import { describe, expect, it } from 'vitest';
import { checkBatchRequest } from '../../../api/endpoints/batch-guard';
import type { BatchOperation } from '../model/batch-operation';
import { chunkOperations, chunkSize } from './chunks';

function makeOps(n: number): BatchOperation[] {
  return Array.from({ length: n }, (_, i): BatchOperation => {
    if (i % 3 === 0) return { key: `c${i}`, kind: 'create', fields: { email: `u${i}@x.test` } };
    if (i % 3 === 1)
      return { key: `u${i}`, kind: 'update', id: i + 10, fields: { 'billing.country': 'DE' } };
    return { key: `d${i}`, kind: 'delete', id: i + 10 };
  });
}

describe('chunkOperations', () => {
  it('splits 250 operations into 100 + 100 + 50, keeping every one exactly once', () => {
    const ops = makeOps(250);
    const chunks = chunkOperations(ops);
    expect(chunks.map(chunkSize)).toEqual([100, 100, 50]);
    const keys = chunks.flatMap((c) =>
      [...c.creates, ...c.updates, ...c.deletes].map((o) => o.key),
    );
    expect(new Set(keys)).toEqual(new Set(ops.map((o) => o.key)));
  });

  it('builds bodies the batch guard accepts: nested inputs, ids on updates, plain integer deletes', () => {
    const [chunk] = chunkOperations(makeOps(6));
    expect(chunk!.body).toEqual({
      create: [{ email: 'u0@x.test' }, { email: 'u3@x.test' }],
      update: [
        { id: 11, billing: { country: 'DE' } },
        { id: 14, billing: { country: 'DE' } },
      ],
      delete: [12, 15],
    });
    expect(() => checkBatchRequest(chunk!.body)).not.toThrow();
  });

  it('leaves out empty lists and makes no chunk for an empty queue', () => {
    const [chunk] = chunkOperations([{ key: 'd', kind: 'delete', id: 3 }]);
    expect(Object.keys(chunk!.body)).toEqual(['delete']);
    expect(chunkOperations([])).toEqual([]);
  });

  it('refuses chunk sizes the store would answer with 413', () => {
    expect(() => chunkOperations(makeOps(3), 101)).toThrow(RangeError);
    expect(chunkOperations(makeOps(7), 3).map(chunkSize)).toEqual([3, 3, 1]);
  });
});
