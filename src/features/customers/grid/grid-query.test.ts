import { describe, expect, it } from 'vitest';
import { DEFAULT_GRID_STATE, parseGridState } from './grid-params';
import { supportsFilter, toListFilters, toListParams, unsupportedFilters } from './grid-query';

const state = (query: string) => parseGridState(new URLSearchParams(query));

describe('toListParams', () => {
  it('asks only for the page size and fields when the view is the default', () => {
    expect(toListParams(DEFAULT_GRID_STATE, 'v3', ['id', 'email'])).toEqual({
      per_page: 25,
      _fields: ['id', 'email'],
    });
  });

  it('maps every view setting to the store parameter of the same meaning', () => {
    const params = toListParams(
      state(
        'page=2&per_page=10&search=ann&email=a@b.co&role=all&include=4,3&exclude=9' +
          '&orderby=include&order=desc',
      ),
      'v2',
      ['id'],
    );
    expect(params).toEqual({
      page: 2,
      per_page: 10,
      search: 'ann',
      email: 'a@b.co',
      role: 'all',
      include: [4, 3],
      exclude: [9],
      orderby: 'include',
      order: 'desc',
      _fields: ['id'],
    });
  });

  it('never sends role to v1, which has no such parameter', () => {
    expect(toListParams(state('role=administrator'), 'v1', ['id'])).not.toHaveProperty('role');
    expect(toListFilters({ ...DEFAULT_GRID_STATE, role: 'all' }, 'v3')).toEqual({ role: 'all' });
  });

  it('leaves the store default role (customer) implicit', () => {
    expect(toListFilters(state('role=customer'), 'v3')).toEqual({});
  });
});

describe('filters by API version', () => {
  it('role is a v2+ filter; the others are in every version', () => {
    expect(supportsFilter('role', 'v1')).toBe(false);
    expect(supportsFilter('role', 'v2')).toBe(true);
    expect(supportsFilter('email', 'v1')).toBe(true);
  });

  it('names the filters set in a view that the version lacks, not those left at default', () => {
    expect(unsupportedFilters(state('role=administrator&search=a'), 'v1')).toEqual(['role']);
    expect(unsupportedFilters(state('role=administrator'), 'v3')).toEqual([]);
    expect(unsupportedFilters(state('search=a'), 'v1')).toEqual([]);
  });
});
