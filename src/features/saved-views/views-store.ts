import { useSyncExternalStore } from 'react';
import { readJson } from '../../lib/local-storage';
import { canKeep, storageOf } from '../../lib/safe-storage';
import { API_VERSIONS, VIEW_SCREENS, type SavedView } from './view-model';
import { VIEWS_STORAGE_KEY } from './views-key';

export { VIEWS_STORAGE_KEY };

// Saved views belong to this browser, not to a store: a view is a question about customers
// (filters, sort, columns), the same for every shop, so one list serves them all; each view
// records the API version it was saved on, and filters an older connection lacks are dropped
// when it opens (view-model's planOpen). Stored in the export file's own shape, so the file and
// the storage cannot drift apart. A tiny external store: every change is written through at
// once; another tab's change arrives through the `storage` event.

export const VIEWS_FORMAT = 'customer-desk-views';
export const VIEWS_FORMAT_VERSION = 1;

export interface ViewsFile {
  format: typeof VIEWS_FORMAT;
  version: typeof VIEWS_FORMAT_VERSION;
  views: SavedView[];
}

export function toViewsFile(views: readonly SavedView[]): ViewsFile {
  return { format: VIEWS_FORMAT, version: VIEWS_FORMAT_VERSION, views: [...views] };
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isTextList = (value: unknown) => Array.isArray(value) && value.every(isText);

/**
 * A stored entry this build can use. Storage holds what this app wrote (or someone edited by
 * hand), and the button reads it at start, so the check is by hand here, without the zod schema
 * an imported file goes through (view-schema.ts, loaded with the menu). What is shown of a view
 * is its name, as text; its query is parsed again by the screen it opens.
 */
function isStoredView(entry: unknown): entry is SavedView {
  if (typeof entry !== 'object' || entry === null) return false;
  const view = entry as Record<string, unknown>;
  const layout = view.layout as Record<string, unknown> | undefined;
  return (
    isText(view.id) &&
    isText(view.name) &&
    view.name.trim() !== '' &&
    isText(view.query) &&
    isText(view.savedAt) &&
    VIEW_SCREENS.some((screen) => screen === view.screen) &&
    API_VERSIONS.some((version) => version === view.apiVersion) &&
    (layout === undefined ||
      (typeof layout === 'object' &&
        layout !== null &&
        isTextList(layout.hidden) &&
        isTextList(layout.order) &&
        (layout.density === 'comfortable' || layout.density === 'compact')))
  );
}

/** Views kept in storage; an entry that does not check out is left out, not fatal. */
export function readStoredViews(stored: unknown): SavedView[] {
  if (typeof stored !== 'object' || stored === null) return [];
  const file = stored as Record<string, unknown>;
  if (file.format !== VIEWS_FORMAT || file.version !== VIEWS_FORMAT_VERSION) return [];
  return Array.isArray(file.views) ? file.views.filter(isStoredView) : [];
}

interface Held {
  views: readonly SavedView[];
  /** False when storage refuses: views then last until the tab closes. */
  kept: boolean;
}

let held: Held | undefined;
const listeners = new Set<() => void>();

function current(): Held {
  held ??= { views: readStoredViews(readJson(VIEWS_STORAGE_KEY)), kept: canKeep('local') };
  return held;
}

export const getSavedViews = (): readonly SavedView[] => current().views;
export const areViewsKept = (): boolean => current().kept;

function write(views: readonly SavedView[]): boolean {
  const storage = storageOf('local');
  try {
    storage?.setItem(VIEWS_STORAGE_KEY, JSON.stringify(toViewsFile(views)));
    return storage !== null;
  } catch {
    return false;
  }
}

export function setSavedViews(change: (views: readonly SavedView[]) => readonly SavedView[]): void {
  const views = change(current().views);
  held = { views, kept: write(views) };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSavedViews(): readonly SavedView[] {
  return useSyncExternalStore(subscribe, getSavedViews);
}

export function useViewsKept(): boolean {
  return useSyncExternalStore(subscribe, areViewsKept);
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key !== null && event.key !== VIEWS_STORAGE_KEY) return;
    held = undefined;
    for (const listener of listeners) listener();
  });
}
