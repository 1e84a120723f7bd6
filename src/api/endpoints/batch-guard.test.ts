import { describe, expect, it } from 'vitest';
import { makeCustomer } from '../testing/customer-fixtures';
import { jsonResponse } from '../testing/fake-fetch';
import { batchCustomers } from './customers';
import { rejection, setupClient } from '../testing/client-setup';

describe('batchCustomers guards', () => {
  it('refuses an object in delete (WooCommerce would delete user 1) without any request', async () => {
    const { client, calls } = setupClient();
    const body = JSON.parse('{"delete":[{"id":5}]}') as { delete: number[] };
    const error = await rejection(batchCustomers(client, body));
    expect(error).toMatchObject({ kind: 'validation', code: 'customer_desk_invalid_batch' });
    expect(calls).toHaveLength(0);
  });

  it.each([['5'], [0], [-3], [1.5], [null], [true]])('refuses delete entry %j', async (entry) => {
    const { client, calls } = setupClient();
    const body = { delete: [entry] } as unknown as { delete: number[] };
    expect((await rejection(batchCustomers(client, body))).code).toBe(
      'customer_desk_invalid_batch',
    );
    expect(calls).toHaveLength(0);
  });

  it('refuses updates without a positive integer id, and invalid emails', async () => {
    const { client, calls } = setupClient();
    const noId = { update: [{ first_name: 'x' }] } as unknown as { update: { id: number }[] };
    expect((await rejection(batchCustomers(client, noId))).code).toBe(
      'customer_desk_invalid_batch',
    );
    const badEmail = await rejection(
      batchCustomers(client, { update: [{ id: 3, email: 'not-an-email' }] }),
    );
    expect(badEmail.params).toHaveProperty(['update.0.email']);
    expect(calls).toHaveLength(0);
  });

  it('refuses more than 100 items in total', async () => {
    const { client, calls } = setupClient();
    const body = {
      delete: Array.from({ length: 60 }, (_, i) => i + 1),
      update: Array.from({ length: 41 }, (_, i) => ({ id: i + 100 })),
    };
    const error = await rejection(batchCustomers(client, body));
    expect(error).toMatchObject({ kind: 'validation', code: 'customer_desk_batch_too_large' });
    expect(calls).toHaveLength(0);
  });

  it('sends a valid body as is and returns items and errors', async () => {
    const answer = {
      create: [makeCustomer(10)],
      update: [
        {
          id: 3,
          error: {
            code: 'woocommerce_rest_invalid_id',
            message: 'Invalid ID.',
            data: { status: 400 },
          },
        },
      ],
      delete: [makeCustomer(4)],
    };
    const { client, calls } = setupClient(() => jsonResponse(answer));
    const body = {
      create: [{ email: 'x@example.com' }],
      update: [{ id: 3, first_name: 'C' }],
      delete: [4],
    };
    const result = await batchCustomers(client, body);
    expect(calls[0]?.method).toBe('POST');
    expect(calls[0]?.url.pathname).toBe('/wp-json/wc/v3/customers/batch');
    expect(JSON.parse(calls[0]?.body ?? '')).toEqual(body);
    expect(result.update?.[0]).toMatchObject({
      id: 3,
      error: { code: 'woocommerce_rest_invalid_id' },
    });
    expect(result.delete?.[0]).toMatchObject({ id: 4 });
  });
});
