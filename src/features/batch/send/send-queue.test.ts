// @vitest-environment node
// The sender against the demo store's own handler (no network): chunk count, concurrency bound,
// Cancel after the chunk in flight, and the email check that keeps re-sent creates from doubling.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createStoreHandler } from '../../../../demo-store/handler';
import { createClient } from '../../../api/client';
import type { BatchOperation } from '../model/batch-operation';
import type { Outcome } from './result-map';
import { sendQueue } from './send-queue';

const KEYS = { key: 'ck_send_1', secret: 'cs_send_1' };
const BATCH = '/wp-json/wc/v3/customers/batch';

function setup() {
  const handler = createStoreHandler({ ...KEYS, customers: 5, seed: 1 });
  let inFlight = 0;
  let maxInFlight = 0;
  const fetchFromStore: typeof fetch = async (input, init) => {
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      const response = await handler.handle(
        new Request(input instanceof URL ? input.href : input, init),
      );
      if (response.type === 'error') throw new TypeError('Failed to fetch');
      return response;
    } finally {
      inFlight -= 1;
    }
  };
  const client = createClient({
    storeUrl: 'https://shop.test',
    version: 'v3',
    consumerKey: KEYS.key,
    consumerSecret: KEYS.secret,
    authMode: 'basic',
    fetch: fetchFromStore,
  });
  const batchPosts = () =>
    handler.requests.list().filter((r) => r.path === BATCH && r.method === 'POST').length;
  return { handler, client, batchPosts, maxInFlight: () => maxInFlight };
}

const creates = (n: number, prefix: string): BatchOperation[] =>
  Array.from({ length: n }, (_, i) => ({
    key: `${prefix}${i}`,
    kind: 'create',
    fields: { email: `${prefix}${i}@x.test` },
  }));

describe('sendQueue', () => {
  it('sends 250 operations as 3 requests, at most 2 at a time, and reports every operation', async () => {
    const { client, batchPosts, maxInFlight } = setup();
    const outcomes: Outcome[] = [];
    const progress: number[] = [];
    const summary = await sendQueue({
      client,
      ops: creates(250, 'a'),
      onOutcomes: (o) => outcomes.push(...o),
      onProgress: (p) => progress.push(p.doneOperations),
    });
    expect(batchPosts()).toBe(3);
    expect(maxInFlight()).toBeLessThanOrEqual(2);
    expect(outcomes.filter((o) => o.status === 'done')).toHaveLength(250);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(250);
    expect(summary).toMatchObject({ totalRequests: 3, doneRequests: 3, cancelled: false });
  });

  it('stops after the chunk in flight when cancelled', async () => {
    const { client, batchPosts } = setup();
    let cancel = false;
    const summary = await sendQueue({
      client,
      ops: creates(300, 'b'),
      concurrency: 1,
      onOutcomes: () => {
        cancel = true;
      },
      isCancelled: () => cancel,
    });
    expect(batchPosts()).toBe(1);
    expect(summary).toMatchObject({ doneOperations: 100, totalOperations: 300, cancelled: true });
  });

  it('marks a dropped chunk unknown, then finds its creates by email instead of sending them again', async () => {
    const { handler, client, batchPosts } = setup();
    handler.faults.add({
      match: { method: 'POST', path: BATCH },
      fault: { type: 'drop', when: 'after' },
      times: 1,
    });
    const first: Outcome[] = [];
    await sendQueue({ client, ops: creates(3, 'c'), onOutcomes: (o) => first.push(...o) });
    expect(first.map((o) => o.status)).toEqual(['unknown', 'unknown', 'unknown']);

    const retry: BatchOperation[] = creates(3, 'c').map((op) => ({ ...op, unknownOutcome: true }));
    retry.push({ key: 'fresh', kind: 'create', fields: { email: 'fresh@x.test' } });
    const second: Outcome[] = [];
    await sendQueue({ client, ops: retry, onOutcomes: (o) => second.push(...o) });
    expect(second.map((o) => [o.key, o.status])).toEqual([
      ['c0', 'done'],
      ['c1', 'done'],
      ['c2', 'done'],
      ['fresh', 'done'],
    ]);
    // One batch for the dropped chunk, one for the only create that was really new.
    expect(batchPosts()).toBe(2);
  });

  it('counts a re-sent delete that finds the customer already gone as done', async () => {
    const { handler, client } = setup();
    const ids = (
      await client.request({
        path: 'customers',
        schema: z.array(z.looseObject({ id: z.number() })),
      })
    ).data.map((c) => c.id);
    const op: BatchOperation = { key: 'del', kind: 'delete', id: ids[0]! };
    handler.faults.add({
      match: { method: 'POST', path: BATCH },
      fault: { type: 'drop', when: 'after' },
      times: 1,
    });
    const first: Outcome[] = [];
    await sendQueue({ client, ops: [op], onOutcomes: (o) => first.push(...o) });
    expect(first.map((o) => o.status)).toEqual(['unknown']);
    const second: Outcome[] = [];
    await sendQueue({
      client,
      ops: [{ ...op, unknownOutcome: true }],
      onOutcomes: (o) => second.push(...o),
    });
    expect(second.map((o) => o.status)).toEqual(['done']);
    // Without the earlier drop, the same answer is a real error.
    const third: Outcome[] = [];
    await sendQueue({ client, ops: [op], onOutcomes: (o) => third.push(...o) });
    expect(third.map((o) => o.status)).toEqual(['failed']);
  });

  it('fails every operation of a refused chunk with the store reason, without "unknown"', async () => {
    const { handler, client } = setup();
    handler.faults.add({
      match: { method: 'POST', path: BATCH },
      fault: { type: 'status', status: 500 },
    });
    const outcomes: Outcome[] = [];
    await sendQueue({ client, ops: creates(2, 'd'), onOutcomes: (o) => outcomes.push(...o) });
    expect(outcomes.map((o) => o.status)).toEqual(['failed', 'failed']);
  });
});
