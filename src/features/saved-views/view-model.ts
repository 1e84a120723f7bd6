import type { ApiVersion } from '../../api/client';
import { paths } from '../../routes/paths';
import {
  DEFAULT_FILTERS,
  completeOrder,
  normalizeGridState,
  parseGridState,
  serializeGridState,
  unsupportedFilters,
  type ColumnPrefs,
  type GridFilters,
} from '../customers/public';

// A saved view: a name, the screen, that screen's URL state (search, filters, sort, page size —
// never the page: a view opens on page 1, as a new question, not where someone once stopped
// reading) and, for the grid, the layout (hidden columns, order, density). The query is kept
// canonical (parsed and written again), so equal views have equal strings and an edited or
// hostile one cannot carry anything the screen would not itself have written.
// This module is at start (the button shows the active view), so it uses only what the grid
// already loads there; the advanced search's parser and zod schemas are in view-schema.ts.

export const VIEW_SCREENS = ['grid', 'advanced'] as const;
export type ViewScreen = (typeof VIEW_SCREENS)[number];
export const API_VERSIONS = ['v1', 'v2', 'v3'] as const;
export const MAX_NAME_LENGTH = 80;

export interface ViewLayout {
  hidden: string[];
  order: string[];
  density: 'comfortable' | 'compact';
}

/** What the screen shows now, in the form a view keeps it. */
export interface ViewState {
  screen: ViewScreen;
  query: string;
  layout?: ViewLayout;
}

export interface SavedView extends ViewState {
  id: string;
  name: string;
  /** The API version of the connection the view was saved on (for people reading the file). */
  apiVersion: ApiVersion;
  savedAt: string;
}

export const screenPath = (screen: ViewScreen) =>
  screen === 'grid' ? paths.customers : paths.customerSearch;

/** The grid's query without the page and `hidden` (the layout holds it); page size written. */
export function gridQuery(search: string): string {
  const raw = new URLSearchParams(search);
  const state = normalizeGridState({ ...parseGridState(raw), page: 1, hidden: undefined });
  const params = serializeGridState(state);
  // Written even when it is today's default: config.json may change the default later.
  params.set('per_page', String(state.perPage));
  return params.toString();
}

/** A query as compared: the grid's canonical form; the advanced search's sorted, without page. */
export function matchQuery(screen: ViewScreen, search: string): string {
  if (screen === 'grid') return gridQuery(search);
  const params = new URLSearchParams(search);
  params.delete('page');
  params.sort();
  return params.toString();
}

/** The current view as far as the button compares it (view-schema's captureView saves it). */
export function currentView(screen: ViewScreen, search: string, prefs: ColumnPrefs): ViewState {
  const query = matchQuery(screen, search);
  if (screen !== 'grid') return { screen, query };
  // A link that names hidden columns wins over the browser's choice, as in the grid.
  const hidden = parseGridState(new URLSearchParams(search)).hidden ?? prefs.hidden;
  return { screen, query, layout: { hidden, order: prefs.order, density: prefs.density } };
}

export interface DroppedFilter {
  filter: keyof GridFilters;
  value: string;
}

export interface OpenPlan {
  /** The route to navigate to, query included: what the view's link is. */
  to: string;
  query: string;
  layout?: ViewLayout;
  /** Filters the view names that this connection's API version does not take. */
  dropped: DroppedFilter[];
}

/** How `view` opens on a connection with `version`: filters that version lacks are dropped. */
export function planOpen(view: ViewState, version: ApiVersion): OpenPlan {
  let query = matchQuery(view.screen, view.query);
  const dropped: DroppedFilter[] = [];
  if (view.screen === 'grid') {
    const state = parseGridState(new URLSearchParams(query));
    const cleared: Partial<GridFilters> = {};
    for (const filter of unsupportedFilters(state, version)) {
      dropped.push({ filter, value: String(state[filter]) });
      Object.assign(cleared, { [filter]: DEFAULT_FILTERS[filter] });
    }
    if (dropped.length > 0)
      query = gridQuery(serializeGridState({ ...state, ...cleared }).toString());
  }
  return { to: `${screenPath(view.screen)}?${query}`, query, layout: view.layout, dropped };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

function sameLayout(a: ViewLayout | undefined, b: ViewLayout | undefined): boolean {
  // A view without a layout (an imported grid view may have none) leaves the layout alone.
  if (!a || !b) return true;
  const order = (ids: string[]) => completeOrder(ids as Parameters<typeof completeOrder>[0]);
  return (
    a.density === b.density &&
    sameList(order(a.order), order(b.order)) &&
    sameList([...a.hidden].sort(), [...b.hidden].sort())
  );
}

/** The first view that opening now would show exactly as the screen is: the active one. */
export function findActiveView<T extends ViewState>(
  views: readonly T[],
  current: ViewState,
  version: ApiVersion,
): T | undefined {
  return views.find((view) => {
    if (view.screen !== current.screen) return false;
    const plan = planOpen(view, version);
    return plan.query === current.query && sameLayout(plan.layout, current.layout);
  });
}
