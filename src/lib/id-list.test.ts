import { describe, expect, it } from 'vitest';
import { formatIdList, parseIdList } from './id-list';

describe('parseIdList', () => {
  it('accepts commas, spaces and both, keeping order and dropping repeats', () => {
    expect(parseIdList('12, 15 30,,12\n7')).toEqual({ ids: [12, 15, 30, 7], invalid: [] });
  });

  it('names what is not a positive whole number', () => {
    expect(parseIdList('3, x, -1, 0, 2.5, 1e3')).toEqual({
      ids: [3],
      invalid: ['x', '-1', '0', '2.5', '1e3'],
    });
    expect(parseIdList('99999999999999999999').invalid).toHaveLength(1);
  });

  it('is empty for blank input', () => {
    expect(parseIdList('  ')).toEqual({ ids: [], invalid: [] });
    expect(formatIdList([3, 1])).toBe('3, 1');
  });
});
