import * as z from 'zod/mini';
import { parseColumnPrefs, type ColumnPrefs } from '../customers/public';
import {
  API_VERSIONS,
  MAX_NAME_LENGTH,
  VIEW_SCREENS,
  currentView,
  gridQuery,
  matchQuery,
  type ViewScreen,
  type ViewState,
} from './view-model';

// A view as a file (or storage edited by hand) may hold it, checked field by field. Loaded with
// the menu: the start reads storage with a lighter check (views-store).

export const MAX_QUERY_LENGTH = 4000;

const LayoutSchema = z.pipe(
  z.object({
    hidden: z.array(z.string()),
    order: z.array(z.string()),
    density: z.enum(['comfortable', 'compact']),
  }),
  // Unknown column ids (a later build's) are dropped, as the grid's own prefs do.
  z.transform((layout) => {
    const { hidden, order, density } = parseColumnPrefs(layout);
    return { hidden, order, density };
  }),
);

/** A saved view's fields, each checked; an import file's entries are read with them. */
export const SavedViewShape = {
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_NAME_LENGTH)),
  screen: z.enum(VIEW_SCREENS),
  query: z.string().check(z.maxLength(MAX_QUERY_LENGTH)),
  layout: z.optional(LayoutSchema),
  apiVersion: z.enum(API_VERSIONS),
  savedAt: z.string().check(z.maxLength(40)),
};

/**
 * The query as kept: the grid's as the grid writes it; the advanced search's sorted and without
 * the page (that screen parses its URL defensively, so an odd value opens as its default).
 */
export function canonicalQuery(screen: ViewScreen, search: string): string {
  return screen === 'grid' ? gridQuery(search) : matchQuery(screen, search);
}

/** The current view as it is saved. */
export function captureView(screen: ViewScreen, search: string, prefs: ColumnPrefs): ViewState {
  return { ...currentView(screen, search, prefs), query: canonicalQuery(screen, search) };
}
