import { describe, expect, it } from 'vitest';
import { columnForOrderby, columnsFor, fieldsFor, GRID_COLUMNS } from './grid-columns';

describe('columnsFor', () => {
  it('offers only the columns whose data the version has', () => {
    expect(columnsFor('v1')).toEqual([
      'id',
      'name',
      'email',
      'username',
      'location',
      'orders',
      'spent',
      'lastOrder',
      'registered',
    ]);
    expect(columnsFor('v2')).toEqual([
      'id',
      'name',
      'email',
      'username',
      'role',
      'location',
      'orders',
      'spent',
      'paying',
      'registered',
    ]);
    expect(columnsFor('v3')).toEqual([
      'id',
      'name',
      'email',
      'username',
      'role',
      'location',
      'paying',
      'registered',
    ]);
  });
});

describe('fieldsFor', () => {
  it('asks for the fields of the visible columns only, always with the id', () => {
    expect(fieldsFor(['email'], 'v3')).toEqual(['id', 'email']);
    expect(fieldsFor(['name', 'location'], 'v3')).toEqual([
      'id',
      'first_name',
      'last_name',
      'billing.city',
      'billing.country',
    ]);
  });

  it('asks for the Gravatar URL only when the deployment shows Gravatar images', () => {
    expect(fieldsFor(GRID_COLUMNS, 'v3')).not.toContain('avatar_url');
    expect(fieldsFor(GRID_COLUMNS, 'v3', 'initials')).not.toContain('avatar_url');
    expect(fieldsFor(['name'], 'v3', 'gravatar')).toEqual([
      'id',
      'first_name',
      'last_name',
      'avatar_url',
    ]);
    expect(fieldsFor(['email'], 'v3', 'gravatar')).toEqual(['id', 'email']);
  });

  it('follows the version: GMT dates from v2, order statistics on v1/v2, last order on v1', () => {
    expect(fieldsFor(['registered'], 'v1')).toEqual(['id', 'date_created']);
    expect(fieldsFor(['registered'], 'v3')).toEqual(['id', 'date_created_gmt']);
    expect(fieldsFor(GRID_COLUMNS, 'v1')).toEqual(
      expect.arrayContaining(['orders_count', 'total_spent', 'last_order']),
    );
    expect(fieldsFor(GRID_COLUMNS, 'v1')).not.toContain('role');
    const v3 = fieldsFor(GRID_COLUMNS, 'v3');
    expect(v3).toEqual(expect.arrayContaining(['role', 'is_paying_customer']));
    for (const field of ['orders_count', 'total_spent', 'last_order'])
      expect(v3).not.toContain(field);
  });

  it('does not depend on the on-screen order, so moving a column reuses the cache', () => {
    expect(fieldsFor(['registered', 'email', 'name'], 'v2')).toEqual(
      fieldsFor(['name', 'email', 'registered'], 'v2'),
    );
  });

  it('never asks for meta data, shipping or other heavy parts', () => {
    const all = fieldsFor(GRID_COLUMNS, 'v2');
    for (const heavy of ['meta_data', 'shipping', 'billing', '_links']) {
      expect(all).not.toContain(heavy);
    }
  });
});

describe('columnForOrderby', () => {
  it('finds the column each orderby sorts', () => {
    expect(columnForOrderby('name')).toBe('name');
    expect(columnForOrderby('registered_date')).toBe('registered');
    expect(columnForOrderby('id')).toBe('id');
    expect(columnForOrderby('include')).toBeUndefined();
  });
});
