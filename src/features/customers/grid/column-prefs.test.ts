import { afterEach, describe, expect, it } from 'vitest';
import {
  COLUMN_PREFS_KEY,
  DEFAULT_COLUMN_PREFS,
  loadColumnPrefs,
  moveColumn,
  parseColumnPrefs,
  saveColumnPrefs,
} from './column-prefs';
import { GRID_COLUMNS } from './grid-columns';

afterEach(() => localStorage.clear());

describe('column preferences', () => {
  it('survive a save and a load (a reload)', () => {
    const prefs = {
      hidden: ['email' as const],
      order: [...GRID_COLUMNS].reverse(),
      sizes: { name: 300 },
      density: 'compact' as const,
    };
    saveColumnPrefs(prefs);
    expect(loadColumnPrefs()).toEqual(prefs);
  });

  it('use a versioned key', () => {
    saveColumnPrefs(DEFAULT_COLUMN_PREFS);
    expect(localStorage.getItem(COLUMN_PREFS_KEY)).not.toBeNull();
    expect(COLUMN_PREFS_KEY).toMatch(/\.v\d+$/);
  });

  it.each([
    ['not JSON', '{oops'],
    ['null', 'null'],
    ['an array', '[1,2]'],
    ['a string', '"compact"'],
  ])('fall back to the defaults when the stored value is %s', (_, raw) => {
    localStorage.setItem(COLUMN_PREFS_KEY, raw);
    expect(loadColumnPrefs()).toEqual(DEFAULT_COLUMN_PREFS);
  });

  it('keep the good parts of a partly corrupt value', () => {
    expect(
      parseColumnPrefs({
        hidden: ['email', 'bogus', 42, 'email'],
        order: 'name,email',
        sizes: { name: 5000, email: 'wide', bogus: 100, id: 10 },
        density: 'huge',
      }),
    ).toEqual({
      ...DEFAULT_COLUMN_PREFS,
      hidden: DEFAULT_COLUMN_PREFS.hidden, // one bad entry makes the list untrustworthy
      sizes: { name: 800, id: 60 },
    });
    expect(parseColumnPrefs({ hidden: ['email', 'bogus'] }).hidden).toEqual(['email']);
  });

  it('complete an order saved by an older build with the columns added since', () => {
    const { order } = parseColumnPrefs({ order: ['registered', 'name'] });
    expect(order.slice(0, 2)).toEqual(['registered', 'name']);
    expect([...order].sort()).toEqual([...GRID_COLUMNS].sort());
  });
});

describe('moveColumn', () => {
  it('moves one place and stops at the ends', () => {
    expect(moveColumn(['id', 'name', 'email'], 'email', -1)).toEqual(['id', 'email', 'name']);
    expect(moveColumn(['id', 'name', 'email'], 'id', -1)).toEqual(['id', 'name', 'email']);
    expect(moveColumn(['id', 'name', 'email'], 'email', 1)).toEqual(['id', 'name', 'email']);
  });
});
