import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GRID_STATE,
  hasActiveFilters,
  normalizeGridState,
  parseGridState,
  pickFilters,
  serializeGridState,
  type GridState,
} from './grid-params';

const parse = (query: string) => parseGridState(new URLSearchParams(query));

describe('parseGridState', () => {
  it('gives the defaults for an empty query', () => {
    expect(parse('')).toEqual(DEFAULT_GRID_STATE);
  });

  it('reads every parameter', () => {
    expect(
      parse(
        'page=3&per_page=50&search=ann&email=Ann@Example.com&role=all&include=5,2,9' +
          '&exclude=7&orderby=include&order=desc&hidden=email,username',
      ),
    ).toEqual({
      page: 3,
      perPage: 50,
      search: 'ann',
      email: 'Ann@Example.com',
      role: 'all',
      include: [5, 2, 9],
      exclude: [7],
      orderby: 'include',
      order: 'desc',
      hidden: ['email', 'username'],
    });
  });

  it.each([
    ['page=0', { page: 1 }],
    ['page=-2', { page: 1 }],
    ['page=2.5', { page: 1 }],
    ['page=abc', { page: 1 }],
    ['page=99999999999', { page: 1 }],
    ['per_page=7', { perPage: 25 }],
    ['per_page=1000', { perPage: 25 }],
    ['per_page=', { perPage: 25 }],
    ['role=wizard', { role: 'customer' }],
    ['email=ann@', { email: '' }],
    ['email=not-an-email', { email: '' }],
    ['orderby=date', { orderby: 'name' }],
    ['orderby=include', { orderby: 'name' }],
    ['order=sideways', { order: 'asc' }],
    ['order=DESC', { order: 'desc' }],
    ['include=1,x,-3,,4', { include: [1, 4] }],
    ['exclude=0', { exclude: [] }],
    ['hidden=email,nonsense', { hidden: ['email'] }],
    ['hidden=', { hidden: [] }],
  ] as const)('falls back for a bad value: %s', (query, expected) => {
    expect(parse(query)).toEqual({ ...DEFAULT_GRID_STATE, ...expected });
  });

  it('survives malformed percent-encoding and repeated keys without throwing', () => {
    expect(() => parse('search=%E0%A4%A&page=2&page=x')).not.toThrow();
    expect(parse('page=2&page=x').page).toBe(2);
  });

  it('caps an absurdly long search', () => {
    expect(parse(`search=${'a'.repeat(5000)}`).search).toHaveLength(200);
  });
});

describe('serializeGridState', () => {
  it('writes nothing for the defaults, so a plain link stays plain', () => {
    expect(serializeGridState(DEFAULT_GRID_STATE).toString()).toBe('');
  });

  it('round-trips any valid state through the URL', () => {
    const state: GridState = {
      page: 4,
      perPage: 100,
      search: 'a b&c',
      email: 'x@example.org',
      role: 'shop_manager',
      include: [3, 1],
      exclude: [8, 9],
      orderby: 'registered_date',
      order: 'desc',
      hidden: [],
    };
    const url = serializeGridState(state).toString();
    expect(parseGridState(new URLSearchParams(url))).toEqual(state);
  });
});

describe('normalizeGridState', () => {
  it('drops "order of the listed ids" when the list goes', () => {
    const state = { ...DEFAULT_GRID_STATE, orderby: 'include' as const, order: 'desc' as const };
    expect(normalizeGridState(state)).toMatchObject({ orderby: 'name', order: 'asc' });
    const listed = { ...state, include: [2, 1] };
    expect(normalizeGridState(listed)).toBe(listed);
  });
});

describe('hasActiveFilters', () => {
  it('is false for the defaults and true for any filter', () => {
    expect(hasActiveFilters(pickFilters(DEFAULT_GRID_STATE))).toBe(false);
    expect(hasActiveFilters(pickFilters(parse('role=all')))).toBe(true);
    expect(hasActiveFilters(pickFilters(parse('exclude=3')))).toBe(true);
    // Sorting and paging are not filters.
    expect(hasActiveFilters(pickFilters(parse('page=3&orderby=id')))).toBe(false);
  });
});
