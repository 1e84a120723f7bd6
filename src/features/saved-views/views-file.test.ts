import { describe, expect, it } from 'vitest';
import type { SavedView } from './view-model';
import {
  checkName,
  exportFileName,
  exportViewsText,
  mergeViews,
  parseViewsFile,
  uniqueName,
} from './views-file';

function view(name: string, patch: Partial<SavedView> = {}): SavedView {
  return {
    id: `id-${name}`,
    name,
    screen: 'grid',
    query: 'per_page=25',
    apiVersion: 'v3',
    savedAt: '2026-01-01T00:00:00.000Z',
    ...patch,
  };
}

const file = (views: unknown, extra: object = {}) =>
  JSON.stringify({ format: 'customer-desk-views', version: 1, views, ...extra });

describe('view names', () => {
  const views = [view('Berlin'), view('Paris')];

  it('are required, trimmed, at most 80 characters and unique ignoring case', () => {
    expect(checkName('   ', views)).toBe('required');
    expect(checkName('x'.repeat(81), views)).toBe('tooLong');
    expect(checkName(` ${'x'.repeat(80)} `, views)).toBe(null);
    expect(checkName(' berlin ', views)).toBe('taken');
    expect(checkName('Berlin 2', views)).toBe(null);
  });

  it('may stay the same when a view is renamed to itself (or its own case)', () => {
    expect(checkName('BERLIN', views, 'id-Berlin')).toBe(null);
    expect(checkName('paris', views, 'id-Berlin')).toBe('taken');
  });

  it('get a number when they clash: "Berlin (2)", then "(3)"', () => {
    expect(uniqueName('Berlin', new Set(['berlin']))).toBe('Berlin (2)');
    expect(uniqueName('Berlin', new Set(['berlin', 'berlin (2)']))).toBe('Berlin (3)');
    expect(uniqueName('Rome', new Set(['berlin']))).toBe('Rome');
    // Still within 80 characters with the number.
    const long = 'y'.repeat(80);
    expect(uniqueName(long, new Set([long])).length).toBe(80);
  });
});

describe('the views file', () => {
  it('is versioned and round-trips: export, then import, gives the same views with new ids', () => {
    const views = [
      view('Berlin', {
        query: 'search=b&role=all&per_page=50',
        layout: { hidden: ['email'], order: ['name', 'id'], density: 'compact' },
      }),
      view('Index', { screen: 'advanced', query: 'search=x', apiVersion: 'v2' }),
    ];
    const text = exportViewsText(views);
    expect(JSON.parse(text)).toMatchObject({ format: 'customer-desk-views', version: 1 });
    const result = parseViewsFile(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(
      result.views.map(({ name, screen, query, apiVersion }) => [name, screen, query, apiVersion]),
    ).toEqual([
      ['Berlin', 'grid', 'search=b&role=all&per_page=50', 'v3'],
      ['Index', 'advanced', 'search=x', 'v2'],
    ]);
    expect(result.views[0]?.layout?.hidden).toEqual(['email']);
    expect(result.views[0]?.layout?.density).toBe('compact');
    expect(result.views[0]?.id).not.toBe('id-Berlin');
    expect(exportFileName(new Date('2026-03-04T10:00:00Z'))).toBe(
      'customer-desk-views-2026-03-04.json',
    );
  });

  it('says when the file is not JSON', () => {
    const result = parseViewsFile('name,query\nBerlin,x');
    expect(result).toMatchObject({ ok: false, error: { code: 'notJson' } });
  });

  it('says when it is JSON but not a views file', () => {
    expect(parseViewsFile('[1,2]')).toMatchObject({ ok: false, error: { code: 'notViewsFile' } });
    expect(parseViewsFile('{"format":"csv","version":1,"views":[]}')).toMatchObject({
      ok: false,
      error: { code: 'notViewsFile' },
    });
  });

  it('says when the version is missing or newer than this build reads', () => {
    expect(parseViewsFile(file([view('A')], { version: '1' }))).toMatchObject({
      ok: false,
      error: { code: 'badVersion' },
    });
    expect(parseViewsFile(file([view('A')], { version: 2 }))).toMatchObject({
      ok: false,
      error: { code: 'newerVersion', version: 2 },
    });
  });

  it('says when there are no views, or too many', () => {
    expect(parseViewsFile(file([]))).toMatchObject({ ok: false, error: { code: 'noViews' } });
    expect(
      parseViewsFile(file(Array.from({ length: 201 }, (_, i) => view(`v${i}`)))),
    ).toMatchObject({
      ok: false,
      error: { code: 'tooMany', count: 201 },
    });
  });

  it('names each bad entry and the fields at fault, and imports none of the file', () => {
    const result = parseViewsFile(
      file([
        view('Good'),
        { ...view('Bad screen'), screen: 'orders' },
        { ...view(''), apiVersion: 'v9' },
        'not an object',
      ]),
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'badEntries',
        count: 4,
        entries: [
          { position: 2, name: 'Bad screen', fields: ['screen'] },
          { position: 3, name: undefined, fields: ['name', 'apiVersion'] },
          { position: 4, name: undefined, fields: ['entry'] },
        ],
      },
    });
  });

  it('rewrites queries into the form the screen writes (nothing else rides along)', () => {
    const result = parseViewsFile(file([view('X', { query: 'role=hacker&page=9&search=a' })]));
    expect(result.ok && result.views[0]?.query).toBe('search=a&per_page=25');
  });
});

describe('merging imported views', () => {
  it('adds them after the kept ones, renaming clashes with kept views and each other', () => {
    const kept = [view('Berlin')];
    const imported = [view('berlin'), view('Paris'), view('Paris')];
    const merged = mergeViews(kept, imported);
    expect(merged.views.map((v) => v.name)).toEqual(['Berlin', 'berlin (2)', 'Paris', 'Paris (2)']);
    expect(merged.added).toBe(3);
    expect(merged.renamed).toEqual([
      { from: 'berlin', to: 'berlin (2)' },
      { from: 'Paris', to: 'Paris (2)' },
    ]);
  });
});
