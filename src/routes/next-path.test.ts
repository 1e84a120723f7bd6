import { describe, expect, it } from 'vitest';
import { afterConnectPath, connectPathFor, linkedPath, safeNextPath } from './next-path';

describe('safeNextPath', () => {
  it.each([
    ['/customers/130', '/customers/130'],
    ['/customers?page=3&orderby=id&order=asc', '/customers?page=3&orderby=id&order=asc'],
    ['/customers/search?first_name=Anna', '/customers/search?first_name=Anna'],
    ['/batch', '/batch'],
    ['/no-such-screen', '/no-such-screen'],
  ])('keeps the in-app path %s', (raw, expected) => {
    expect(safeNextPath(raw)).toBe(expected);
  });

  it.each([
    [null],
    [''],
    ['customers'],
    ['//evil.example/customers'],
    ['/\\evil.example'],
    ['/\t/evil.example'],
    ['https://evil.example/'],
    ['javascript:alert(1)'],
    ['/connect'],
    ['/connect?next=/customers'],
    [`/${'x'.repeat(2001)}`],
  ])('refuses %j', (raw) => {
    expect(safeNextPath(raw)).toBeNull();
  });
});

describe('the way through the connect screen', () => {
  it('carries the route and its query to the connect screen and back', () => {
    const connect = connectPathFor({
      pathname: '/customers',
      search: '?page=3&orderby=id&order=asc',
    });
    expect(connect).toBe('/connect?next=%2Fcustomers%3Fpage%3D3%26orderby%3Did%26order%3Dasc');
    expect(afterConnectPath(connect.slice(connect.indexOf('?')))).toBe(
      '/customers?page=3&orderby=id&order=asc',
    );
  });

  it('lands on the customers grid without a (valid) target', () => {
    expect(connectPathFor({ pathname: '/', search: '' })).toBe('/connect');
    expect(afterConnectPath('')).toBe('/customers');
    expect(afterConnectPath('?next=https%3A%2F%2Fevil.example')).toBe('/customers');
    expect(afterConnectPath('?next=%2F%2Fevil.example')).toBe('/customers');
  });

  it('tells a connect screen opened by a link from one opened as is', () => {
    expect(linkedPath('?next=%2Fcustomers%2F5')).toBe('/customers/5');
    expect(linkedPath('')).toBeNull();
    expect(linkedPath('?next=%2F%2Fevil.example')).toBeNull();
  });

  it('keeps a link to a route that does not exist, so it still ends on "not found"', () => {
    expect(afterConnectPath('?next=%2Fcustomers%2F130%2Fnope')).toBe('/customers/130/nope');
  });
});
