// @vitest-environment node
// The guard against the demo store's own handler: staff accounts are never part of a batch delete.
import { describe, expect, it } from 'vitest';
import { createStoreHandler } from '../../../../demo-store/handler';
import { createClient, type ApiVersion } from '../../../api/client';
import type { BatchOperation } from '../model/batch-operation';
import { holdBackStaffDeletes, STAFF_ACCOUNT_CODE } from './staff-guard';

const KEYS = { key: 'ck_guard_1', secret: 'cs_guard_1' };

function setup(version: ApiVersion) {
  const handler = createStoreHandler({ ...KEYS, customers: 5, seed: 3 });
  const client = createClient({
    storeUrl: 'https://shop.test',
    version,
    consumerKey: KEYS.key,
    consumerSecret: KEYS.secret,
    authMode: 'basic',
    fetch: (input, init) =>
      handler.handle(new Request(input instanceof URL ? input.href : input, init)),
  });
  const ids = handler.db.ordered('id');
  const byRole = (role: string) => ids.find((id) => handler.db.get(id)?.role === role)!;
  return { client, admin: byRole('administrator'), customer: byRole('customer') };
}

const del = (id: number): BatchOperation => ({ key: `d${id}`, kind: 'delete', id });

describe('holdBackStaffDeletes', () => {
  it.each(['v3', 'v1'] as const)(
    'holds back an administrator and lets a customer through (%s)',
    async (version) => {
      const { client, admin, customer } = setup(version);
      const create: BatchOperation = {
        key: 'c1',
        kind: 'create',
        fields: { email: 'x@example.test' },
      };
      const { outcomes, toSend } = await holdBackStaffDeletes(client, [
        del(admin),
        del(customer),
        create,
      ]);
      expect(toSend.map((op) => op.key)).toEqual([`d${customer}`, 'c1']);
      expect(outcomes).toHaveLength(1);
      expect(outcomes[0]).toMatchObject({
        key: `d${admin}`,
        status: 'failed',
        error: { code: STAFF_ACCOUNT_CODE },
      });
    },
  );

  it('asks nothing when the batch has no deletes', async () => {
    const { client } = setup('v3');
    const create: BatchOperation = {
      key: 'c1',
      kind: 'create',
      fields: { email: 'x@example.test' },
    };
    expect(await holdBackStaffDeletes(client, [create])).toEqual({
      outcomes: [],
      toSend: [create],
    });
  });
});
