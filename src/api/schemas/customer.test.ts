import { describe, expect, it } from 'vitest';
import doc000 from './__fixtures__/doc-000-v1-customers.json';
import doc002 from './__fixtures__/doc-002-v2-customers.json';
import { batchResponseSchemaFor, isBatchItemError } from './batch';
import {
  CustomerV1Schema,
  CustomerV2Schema,
  CustomerV3Schema,
  customerPartialSchemaFor,
  customerSchemaFor,
} from './customer';

const v2Customer = doc002.examples[1]?.body as Record<string, unknown>;

describe('customer schemas', () => {
  it('keep unknown fields, top level and nested (plugins add them)', () => {
    const withExtras = {
      ...v2Customer,
      loyalty_points: 12,
      billing: { ...(v2Customer.billing as object), vat_number: 'PT123' },
      meta_data: [{ id: 1, key: 'prefs', value: { news: true, tags: ['a'] } }],
    };
    const parsed = CustomerV3Schema.parse(withExtras);
    expect(parsed.loyalty_points).toBe(12);
    expect(parsed.billing.vat_number).toBe('PT123');
    expect(parsed._links).toEqual(v2Customer._links);
    expect(parsed.meta_data?.[0]?.value).toEqual({ news: true, tags: ['a'] });
  });

  it('fill a missing address line with an empty string rather than fail', () => {
    const billing = { ...(v2Customer.billing as Record<string, unknown>) };
    delete billing.company;
    expect(CustomerV2Schema.parse({ ...v2Customer, billing }).billing.company).toBe('');
  });

  it('accept v1 customers with a null last order', () => {
    const list = doc000.examples[2]?.body as unknown[];
    expect(CustomerV1Schema.parse(list[0]).last_order).toEqual({ id: null, date: null });
  });

  it.each(['v1', 'v2', 'v3'] as const)(
    'parse _fields-trimmed objects with the %s partial schema',
    (version) => {
      const partial = customerPartialSchemaFor(version);
      expect(partial.parse({ id: 5, email: 'a@b.c' })).toEqual({ id: 5, email: 'a@b.c' });
      // `_fields=billing.city` trims nested objects too, without invented defaults.
      expect(partial.parse({ id: 5, billing: { city: 'Porto' } })).toEqual({
        id: 5,
        billing: { city: 'Porto' },
      });
      expect(customerSchemaFor(version).safeParse({ id: 5, email: 'a@b.c' }).success).toBe(false);
      expect(partial.safeParse({ id: 'x' }).success).toBe(false);
    },
  );
});

describe('batch responses', () => {
  it('accept error items next to customers and tell them apart', () => {
    const response = {
      create: [
        {
          id: 0,
          error: {
            code: 'registration-error-email-exists',
            message: 'Taken',
            data: { status: 400 },
          },
        },
      ],
      update: [
        v2Customer,
        {
          id: 99,
          error: {
            code: 'woocommerce_rest_invalid_id',
            message: 'Invalid ID.',
            data: { status: 400 },
          },
        },
      ],
      delete: [
        { id: null, error: { code: 'woocommerce_rest_invalid_id', message: 'Invalid ID.' } },
      ],
    };
    const parsed = batchResponseSchemaFor('v2').parse(response);
    expect(parsed.create?.map(isBatchItemError)).toEqual([true]);
    expect(parsed.update?.map(isBatchItemError)).toEqual([false, true]);
    expect(parsed.delete?.[0]).toMatchObject({
      id: null,
      error: { code: 'woocommerce_rest_invalid_id' },
    });
  });

  it('accept the empty array WooCommerce sends for an empty batch', () => {
    expect(batchResponseSchemaFor('v3').parse([])).toEqual({});
  });
});
