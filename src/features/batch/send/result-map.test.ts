import { describe, expect, it } from 'vitest';
import { makeCustomer } from '../../../api/testing/customer-fixtures';
import type { BatchOperation } from '../model/batch-operation';
import { applyOutcomes } from '../model/apply-outcomes';
import { chunkOperations } from './chunks';
import { failChunk, mapChunkResult } from './result-map';

const ops: BatchOperation[] = [
  { key: 'c1', kind: 'create', fields: { email: 'new@x.test' } },
  { key: 'c2', kind: 'create', fields: { email: 'taken@x.test' } },
  { key: 'u1', kind: 'update', id: 7, fields: { first_name: 'Ann' } },
  { key: 'd1', kind: 'delete', id: 8 },
];
const [chunk] = chunkOperations(ops);

describe('mapChunkResult', () => {
  it('reads each list by position: successes carry the customer, failures the store message as text', () => {
    const outcomes = mapChunkResult(chunk!, {
      create: [
        makeCustomer(301),
        {
          id: 0,
          error: {
            code: 'registration-error-email-exists',
            message:
              'An account is already registered with your email address. <a href="#">Please log in.</a>',
          },
        },
      ],
      update: [makeCustomer(7)],
      delete: [makeCustomer(8)],
    });
    expect(outcomes.map((o) => [o.key, o.status])).toEqual([
      ['c1', 'done'],
      ['c2', 'failed'],
      ['u1', 'done'],
      ['d1', 'done'],
    ]);
    const failed = outcomes[1]!;
    expect(failed.status === 'failed' && failed.error).toEqual({
      code: 'registration-error-email-exists',
      message: 'An account is already registered with your email address. Please log in.',
    });
  });

  it('never counts an operation the answer does not mention as done', () => {
    const outcomes = mapChunkResult(chunk!, { create: [makeCustomer(301)] });
    expect(outcomes.filter((o) => o.status === 'done').map((o) => o.key)).toEqual(['c1']);
    expect(outcomes.filter((o) => o.status === 'failed')).toHaveLength(3);
  });
});

describe('applyOutcomes', () => {
  it('drops done operations, keeps failed ones with their error and marks unknown ones', () => {
    const outcomes = [
      ...mapChunkResult(chunk!, { create: [makeCustomer(301)] }).slice(0, 1),
      ...failChunk(
        { ...chunk!, creates: [ops[1]!], updates: [], deletes: [] },
        { code: 'x', message: 'm' },
        true,
      ),
      ...failChunk(
        { ...chunk!, creates: [], updates: [ops[2]!], deletes: [] },
        { code: 'y', message: 'n' },
        false,
      ),
    ];
    const next = applyOutcomes(ops, outcomes);
    expect(next.map((o) => o.key)).toEqual(['c2', 'u1', 'd1']);
    expect(next[0]).toMatchObject({ unknownOutcome: true, error: { code: 'x' } });
    expect(next[1]).toMatchObject({ unknownOutcome: false, error: { code: 'y' } });
    expect(next[2]).toEqual(ops[3]);
  });
});
