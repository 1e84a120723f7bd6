import { describe, expect, it } from 'vitest';
import { readPagination } from './pagination';

const headers = (init: Record<string, string>) => new Headers(init);

describe('readPagination', () => {
  it('reads X-WP-Total and X-WP-TotalPages', () => {
    expect(readPagination(headers({ 'X-WP-Total': '42', 'X-WP-TotalPages': '5' }))).toEqual({
      total: 42,
      totalPages: 5,
    });
    expect(readPagination(headers({ 'x-wp-total': '0', 'x-wp-totalpages': '0' }))).toEqual({
      total: 0,
      totalPages: 0,
    });
  });

  it('derives the page count from the total when only that is present', () => {
    expect(readPagination(headers({ 'X-WP-Total': '42' }), { itemCount: 10, perPage: 10 })).toEqual(
      { total: 42, totalPages: 5 },
    );
  });

  it('estimates without headers: a full page means there may be a next one', () => {
    expect(readPagination(headers({}), { itemCount: 10, page: 2, perPage: 10 })).toEqual({
      total: 20,
      totalPages: 3,
    });
    expect(readPagination(headers({}), { itemCount: 4, page: 2, perPage: 10 })).toEqual({
      total: 14,
      totalPages: 2,
    });
    expect(readPagination(headers({}), { itemCount: 3 })).toEqual({ total: 3, totalPages: 1 });
    expect(readPagination(headers({}))).toEqual({ total: 0, totalPages: 0 });
  });

  it('ignores values that are not counts', () => {
    expect(
      readPagination(headers({ 'X-WP-Total': 'many', 'X-WP-TotalPages': '-1' }), { itemCount: 2 }),
    ).toEqual({ total: 2, totalPages: 1 });
  });
});
