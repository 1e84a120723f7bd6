import { describe, expect, it } from 'vitest';
import { formatAmount, formatCount, formatCountry } from './format-amount';

describe('formatAmount', () => {
  it('uses the store currency in the viewer locale', () => {
    expect(formatAmount('1234.5', 'EUR', 'en')).toBe('€1,234.50');
    expect(formatAmount(1234.5, 'CNY', 'zh-CN')).toBe('¥1,234.50');
  });

  it('without a currency shows a plain number with two decimals, never a guessed currency', () => {
    expect(formatAmount('1234.5', undefined, 'en')).toBe('1,234.50');
    expect(formatAmount('0', undefined, 'en')).toBe('0.00');
  });

  it('falls back to the plain number for a code Intl does not accept, and keeps junk as is', () => {
    expect(formatAmount('10', 'not a code', 'en')).toBe('10.00');
    expect(formatAmount('n/a', 'USD', 'en')).toBe('n/a');
    expect(formatAmount('', 'USD', 'en')).toBe('');
  });
});

describe('formatCount and formatCountry', () => {
  it('group digits and name countries per locale', () => {
    expect(formatCount(1204, 'en')).toBe('1,204');
    expect(formatCountry('DE', 'en')).toBe('Germany');
    expect(formatCountry('DE', 'zh-CN')).toBe('德国');
    expect(formatCountry('', 'en')).toBe('');
    expect(formatCountry('Narnia', 'en')).toBe('Narnia');
  });
});
