import { describe, expect, it } from 'vitest';
import { formatAddress } from './format-address';

const base = {
  first_name: 'Ana',
  last_name: 'Silva',
  company: '',
  address_1: 'Rua Augusta 1',
  address_2: '',
  city: 'Lisboa',
  state: '',
  postcode: '1100-048',
  country: 'PT',
};

describe('formatAddress', () => {
  it('puts the postcode before the city where the country writes it so, and names the country', () => {
    expect(formatAddress(base, 'en')).toEqual([
      'Ana Silva',
      'Rua Augusta 1',
      '1100-048 Lisboa',
      'Portugal',
    ]);
  });

  it('writes "City, STATE ZIP" for the US and names the country in the UI language', () => {
    const us = { ...base, city: 'Austin', state: 'TX', postcode: '78701', country: 'US' };
    expect(formatAddress(us, 'en').slice(-2)).toEqual(['Austin, TX 78701', 'United States']);
    expect(formatAddress(us, 'zh-CN').at(-1)).toBe('美国');
  });

  it('names the state as the store does, keeping the code when the store does not list it', () => {
    const us = { ...base, city: 'Austin', state: 'TX', postcode: '78701', country: 'US' };
    const namer = (country: string, state: string) =>
      country === 'US' && state === 'TX' ? 'Texas' : undefined;
    expect(formatAddress(us, 'en', namer)).toContain('Austin, Texas 78701');
    expect(formatAddress({ ...us, state: 'ZZ' }, 'en', namer)).toContain('Austin, ZZ 78701');
  });

  it('gives the UK its own lines and drops every empty part', () => {
    const gb = { address_1: '1 High St', city: 'Leeds', postcode: 'LS1 1AA', country: 'GB' };
    expect(formatAddress(gb, 'en')).toEqual(['1 High St', 'Leeds', 'LS1 1AA', 'United Kingdom']);
  });

  it('is empty for an empty address and keeps a code Intl does not know', () => {
    expect(
      formatAddress(
        {
          ...base,
          first_name: '',
          last_name: '',
          address_1: '',
          city: '',
          postcode: '',
          country: '',
        },
        'en',
      ),
    ).toEqual([]);
    expect(formatAddress({ country: 'Narnia' }, 'en')).toEqual(['NARNIA']);
  });

  it('keeps unicode, right-to-left text and emoji as they are', () => {
    const lines = formatAddress(
      {
        first_name: 'نور',
        last_name: '🍞',
        address_1: 'شارع الملك فهد',
        city: 'الرياض',
        country: 'SA',
      },
      'en',
    );
    expect(lines).toEqual(['نور 🍞', 'شارع الملك فهد', 'الرياض', 'Saudi Arabia']);
  });
});
