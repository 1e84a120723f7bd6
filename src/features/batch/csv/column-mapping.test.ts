import { describe, expect, it } from 'vitest';
import { autoMap, ID_COLUMN, IGNORE, mapRow, matchHeader } from './column-mapping';

describe('matchHeader', () => {
  it.each([
    ['Email', 'email'],
    ['\uFEFFemail', 'email'],
    ['First Name', 'first_name'],
    ['last-name', 'last_name'],
    ['billing_city', 'billing.city'],
    ['Billing Country', 'billing.country'],
    ['billing.email', 'billing.email'],
    ['shipping_phone', 'shipping.phone'],
    ['shipping_postcode', 'shipping.postcode'],
    ['meta:loyalty_tier', 'meta:loyalty_tier'],
    ['META: Tier ', 'meta:Tier'],
    ['ID', ID_COLUMN],
    ['customer id', ID_COLUMN],
    ['firstname', 'first_name'],
  ])('%j → %j', (header, field) => expect(matchHeader(header)).toBe(field));

  it.each(['notes', 'meta:', 'billing_nickname', 'role'])('%j is not a writable field', (header) =>
    expect(matchHeader(header)).toBe(IGNORE),
  );
});

describe('autoMap', () => {
  it('maps each field once, to the first column that names it', () => {
    expect(autoMap(['email', 'E-mail', 'notes', 'billing_city'])).toEqual([
      'email',
      IGNORE,
      IGNORE,
      'billing.city',
    ]);
  });
});

describe('mapRow', () => {
  it('takes the id apart, trims cells and leaves empty cells out', () => {
    const mapping = [ID_COLUMN, 'email', 'billing.city', IGNORE, 'meta:tier'];
    expect(mapRow([' 42 ', 'a@b.test', '', 'x', 'gold'], mapping)).toEqual({
      id: '42',
      fields: { email: 'a@b.test', 'meta:tier': 'gold' },
    });
  });

  it('copes with short rows', () => {
    expect(mapRow(['a@b.test'], ['email', 'first_name'])).toEqual({
      fields: { email: 'a@b.test' },
    });
  });
});
