import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type { ApiVersion } from '../client';
import doc000 from './__fixtures__/doc-000-v1-customers.json';
import doc001 from './__fixtures__/doc-001-v2-customers.json';
import doc002 from './__fixtures__/doc-002-v2-customers.json';
import doc003 from './__fixtures__/doc-003-v1-customers.json';
import v3JsonSchema from './__fixtures__/doc-004-v3-customer-schema.json';
import { batchResponseSchemaFor } from './batch';
import { CustomerV2Schema, CustomerV3Schema, customerSchemaFor } from './customer';
import { DownloadListSchema } from './download';

interface Example {
  request: string;
  body: unknown;
}
interface DocFixture {
  version: string;
  examples: Example[];
}

const docs: Array<[string, DocFixture]> = [
  ['000', doc000],
  ['001', doc001],
  ['002', doc002],
  ['003', doc003],
];

function kindOf(request: string): 'customer' | 'list' | 'batch' | 'downloads' {
  if (request.endsWith('/downloads')) return 'downloads';
  if (request.includes('batch')) return 'batch';
  return request === 'GET customers' ? 'list' : 'customer';
}

function schemaFor(kind: ReturnType<typeof kindOf>, version: ApiVersion): z.ZodMiniType {
  if (kind === 'downloads') return DownloadListSchema;
  if (kind === 'batch') return batchResponseSchemaFor(version);
  const customer = customerSchemaFor(version);
  return kind === 'list' ? z.array(customer) : customer;
}

const cases = docs.flatMap(([doc, fixture]) =>
  fixture.examples.map((example, i) => ({
    doc,
    i,
    version: fixture.version as ApiVersion,
    ...example,
  })),
);

describe('every JSON response example of the API documents', () => {
  it('covers all seven examples of each customers document', () => {
    expect(cases).toHaveLength(28);
  });

  it.each(cases)(
    'doc $doc #$i ($request) parses with the $version schemas',
    ({ request, body, version }) => {
      const result = schemaFor(kindOf(request), version).safeParse(body);
      expect(result.error?.issues ?? []).toEqual([]);
    },
  );

  it('parses the v2 examples with the v3 schema too (same shape)', () => {
    for (const { request, body } of cases.filter((c) => c.version === 'v2')) {
      expect(schemaFor(kindOf(request), 'v3').safeParse(body).success).toBe(true);
    }
  });

  it('refuses a v1 example as v2 (no role, is_paying_customer)', () => {
    const retrieve = doc000.examples[1]?.body;
    expect(CustomerV2Schema.safeParse(retrieve).success).toBe(false);
  });
});

describe('the v3 JSON Schema (doc 004)', () => {
  const shape = CustomerV3Schema.shape;

  it('has no property our v3 schema does not know', () => {
    const properties = Object.keys(v3JsonSchema.properties);
    expect(properties.length).toBeGreaterThan(10);
    for (const property of properties) expect(Object.keys(shape)).toContain(property);
  });

  it('agrees on required fields (it lists none) and on address properties', () => {
    expect('required' in v3JsonSchema).toBe(false);
    for (const field of Object.keys(v3JsonSchema.properties.billing.properties)) {
      expect(Object.keys(shape.billing.shape)).toContain(field);
    }
    for (const field of Object.keys(v3JsonSchema.properties.shipping.properties)) {
      // The published schema reuses the billing address (with email) for shipping; real stores
      // send no shipping email, which the loose object would keep anyway.
      if (field !== 'email') expect(Object.keys(shape.shipping.shape)).toContain(field);
    }
  });

  it('parses an object built from the schema examples', () => {
    const props = v3JsonSchema.properties;
    const example = Object.fromEntries(
      Object.entries(props)
        .filter(([key]) => key !== 'meta_data' && key !== 'billing' && key !== 'shipping')
        .map(([key, p]) => [key, 'example' in p ? p.example : undefined]),
    );
    const address = (p: Record<string, { example: string }>) =>
      Object.fromEntries(Object.entries(p).map(([key, v]) => [key, v.example]));
    const customer = {
      ...example,
      billing: address(props.billing.properties),
      shipping: address(props.shipping.properties),
      // The schema's own meta_data example (["string-value"]) contradicts its item schema.
      meta_data: [{ id: 1, key: 'string-value', value: 'string-value' }],
    };
    expect(CustomerV3Schema.safeParse(customer).error?.issues ?? []).toEqual([]);
  });
});
