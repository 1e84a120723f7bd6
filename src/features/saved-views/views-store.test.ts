import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SavedView } from './view-model';

// A fresh module per test: the store holds what it read at first use, as in a page's lifetime.
async function loadStore() {
  vi.resetModules();
  return import('./views-store');
}

const berlin: SavedView = {
  id: 'a',
  name: 'Berlin',
  screen: 'grid',
  query: 'search=b&per_page=25',
  layout: { hidden: ['email'], order: ['id', 'name'], density: 'compact' },
  apiVersion: 'v3',
  savedAt: '2026-01-01T00:00:00.000Z',
};

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

describe('saved views in this browser', () => {
  it('are written in the export format and read back (a reload)', async () => {
    const store = await loadStore();
    store.setSavedViews(() => [berlin]);
    expect(JSON.parse(localStorage.getItem(store.VIEWS_STORAGE_KEY) ?? '')).toEqual({
      format: 'customer-desk-views',
      version: 1,
      views: [berlin],
    });
    const reloaded = await loadStore();
    expect(reloaded.getSavedViews()).toEqual([berlin]);
    expect(reloaded.areViewsKept()).toBe(true);
  });

  it('leave out entries edited into something unusable, keeping the rest', async () => {
    const { readStoredViews } = await loadStore();
    const stored = {
      format: 'customer-desk-views',
      version: 1,
      views: [
        berlin,
        { ...berlin, name: ' ' },
        { ...berlin, screen: 'x' },
        null,
        { ...berlin, layout: { hidden: 'email' } },
      ],
    };
    expect(readStoredViews(stored)).toEqual([berlin]);
    expect(readStoredViews({ ...stored, version: 2 })).toEqual([]);
    expect(readStoredViews('garbage')).toEqual([]);
  });

  it('say when storage refuses them, and still hold them for this page', async () => {
    const store = await loadStore();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    store.setSavedViews(() => [berlin]);
    expect(store.areViewsKept()).toBe(false);
    expect(store.getSavedViews()).toEqual([berlin]);
  });

  it('follow another tab: a storage event reads them again', async () => {
    const store = await loadStore();
    expect(store.getSavedViews()).toEqual([]);
    localStorage.setItem(
      store.VIEWS_STORAGE_KEY,
      JSON.stringify({ format: 'customer-desk-views', version: 1, views: [berlin] }),
    );
    window.dispatchEvent(new StorageEvent('storage', { key: store.VIEWS_STORAGE_KEY }));
    expect(store.getSavedViews()).toEqual([berlin]);
  });
});
