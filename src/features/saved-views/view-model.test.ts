import { describe, expect, it } from 'vitest';
import { DEFAULT_COLUMN_PREFS } from '../customers/grid/column-prefs';
import { currentView, findActiveView, gridQuery, matchQuery, planOpen } from './view-model';
import type { SavedView } from './view-model';
import { canonicalQuery, captureView } from './view-schema';

const prefs = { ...DEFAULT_COLUMN_PREFS, hidden: ['email' as const], density: 'compact' as const };

function view(patch: Partial<SavedView>): SavedView {
  return {
    id: 'a',
    name: 'A',
    screen: 'grid',
    query: '',
    apiVersion: 'v3',
    savedAt: '2026-01-01T00:00:00.000Z',
    ...patch,
  };
}

describe('what a view keeps of the URL', () => {
  it('drops the page and hidden columns, keeps filters, sort and the page size', () => {
    expect(gridQuery('page=4&role=all&search=an&orderby=id&order=DESC&hidden=email')).toBe(
      'search=an&role=all&orderby=id&order=desc&per_page=25',
    );
    // The page size is written even at its default, so a later default does not change the view.
    expect(gridQuery('')).toBe('per_page=25');
    expect(gridQuery('per_page=50&page=2')).toBe('per_page=50');
  });

  it('falls back to defaults for nonsense, as the grid does', () => {
    expect(gridQuery('role=<script>&per_page=7&orderby=include')).toBe('per_page=25');
  });

  it('keeps the advanced search query sorted, without its page', () => {
    expect(matchQuery('advanced', 'page=3&search=x&country_includes=DE')).toBe(
      'country_includes=DE&search=x',
    );
    expect(canonicalQuery('advanced', 'search=x&page=2')).toBe('search=x');
  });

  it('captures the layout in force: a URL that names hidden columns wins over the browser', () => {
    expect(captureView('grid', 'search=b', prefs).layout).toEqual({
      hidden: ['email'],
      order: prefs.order,
      density: 'compact',
    });
    expect(captureView('grid', 'hidden=username', prefs).layout?.hidden).toEqual(['username']);
    expect(captureView('advanced', 'search=b', prefs).layout).toBeUndefined();
  });
});

describe('opening a view on an API version', () => {
  const admins = view({ query: 'search=a&role=administrator&per_page=50' });

  it('keeps every filter where the version takes it', () => {
    const plan = planOpen(admins, 'v3');
    expect(plan.dropped).toEqual([]);
    expect(plan.to).toBe('/customers?search=a&role=administrator&per_page=50');
    expect(planOpen(admins, 'v2').dropped).toEqual([]);
  });

  it('drops the role filter on v1 and names it', () => {
    const plan = planOpen(admins, 'v1');
    expect(plan.dropped).toEqual([{ filter: 'role', value: 'administrator' }]);
    expect(plan.to).toBe('/customers?search=a&per_page=50');
  });

  it('drops nothing when the role is the default', () => {
    expect(planOpen(view({ query: 'search=a' }), 'v1').dropped).toEqual([]);
  });

  it('opens advanced views on their own screen', () => {
    expect(planOpen(view({ screen: 'advanced', query: 'search=x' }), 'v1').to).toBe(
      '/customers/search?search=x',
    );
  });
});

describe('the active view', () => {
  const layout = { hidden: ['email'], order: [...prefs.order], density: 'compact' as const };
  const saved = view({ query: 'role=all&per_page=25', layout });

  it('is the view whose URL and layout the screen shows, whatever the page', () => {
    const now = currentView('grid', 'role=all&page=3', prefs);
    expect(findActiveView([saved], now, 'v3')).toBe(saved);
  });

  it('is none when the filters, density, hidden columns or order differ', () => {
    expect(findActiveView([saved], currentView('grid', 'role=editor', prefs), 'v3')).toBe(
      undefined,
    );
    const roomy = { ...prefs, density: 'comfortable' as const };
    expect(findActiveView([saved], currentView('grid', 'role=all', roomy), 'v3')).toBe(undefined);
    const shown = { ...prefs, hidden: [] };
    expect(findActiveView([saved], currentView('grid', 'role=all', shown), 'v3')).toBe(undefined);
    const moved = { ...prefs, order: [...prefs.order].reverse() };
    expect(findActiveView([saved], currentView('grid', 'role=all', moved), 'v3')).toBe(undefined);
  });

  it('on v1 is the view as it opened there, without the dropped filter', () => {
    const admins = view({ query: 'role=administrator&per_page=25', layout });
    expect(findActiveView([admins], currentView('grid', '', prefs), 'v1')).toBe(admins);
    expect(findActiveView([admins], currentView('grid', '', prefs), 'v3')).toBe(undefined);
  });

  it('matches advanced views by their conditions, in any parameter order', () => {
    const advanced = view({ screen: 'advanced', query: 'country_includes=DE&search=x' });
    const now = currentView('advanced', 'search=x&country_includes=DE&page=2', prefs);
    expect(findActiveView([saved, advanced], now, 'v3')).toBe(advanced);
  });
});
