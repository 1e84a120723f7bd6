import * as z from 'zod/mini';
import { readJson, writeJson } from '../../../lib/local-storage';
import { GRID_COLUMNS, isGridColumnId, type GridColumnId } from './grid-columns';

// How this browser likes the grid laid out. The key carries a version: a later build that changes
// the shape uses a new key instead of misreading this one. Each part is checked on its own, so one
// corrupt part (edited by hand, written by an old build) is dropped without losing the others.

export const COLUMN_PREFS_KEY = 'customer-desk.customers-grid.v1';

export type Density = 'comfortable' | 'compact';

export interface ColumnPrefs {
  hidden: GridColumnId[];
  order: GridColumnId[];
  /** Widths in CSS pixels, by grid column id. */
  sizes: Record<string, number>;
  density: Density;
}

export const DEFAULT_COLUMN_PREFS: ColumnPrefs = {
  hidden: [],
  order: [...GRID_COLUMNS],
  sizes: {},
  density: 'comfortable',
};

export const MIN_COLUMN_SIZE = 60;
export const MAX_COLUMN_SIZE = 800;

const IdsSchema = z.pipe(
  z.array(z.string()),
  z.transform((ids: string[]) => [...new Set(ids.filter(isGridColumnId))]),
);
/** Known columns only, widths clamped to what the grid can lay out. */
export function cleanSizes(sizes: Record<string, unknown>): Record<string, number> {
  const valid: Record<string, number> = {};
  for (const [id, size] of Object.entries(sizes)) {
    if (isGridColumnId(id) && typeof size === 'number' && Number.isFinite(size)) {
      valid[id] = Math.round(Math.min(MAX_COLUMN_SIZE, Math.max(MIN_COLUMN_SIZE, size)));
    }
  }
  return valid;
}

const SizesSchema = z.pipe(z.record(z.string(), z.unknown()), z.transform(cleanSizes));
const DensitySchema = z.enum(['comfortable', 'compact']);

function part<T>(schema: z.ZodMiniType<T>, value: unknown, fallback: T): T {
  const result = schema.safeParse(value);
  return result.success ? result.data : fallback;
}

/** Columns a stored order does not mention (added by a later build) keep their default place. */
export function completeOrder(order: GridColumnId[]): GridColumnId[] {
  return [...order, ...GRID_COLUMNS.filter((id) => !order.includes(id))];
}

export function parseColumnPrefs(stored: unknown): ColumnPrefs {
  const raw = z.record(z.string(), z.unknown()).safeParse(stored);
  if (!raw.success) return DEFAULT_COLUMN_PREFS;
  const d = DEFAULT_COLUMN_PREFS;
  return {
    hidden: part(IdsSchema, raw.data.hidden, d.hidden),
    order: completeOrder(part(IdsSchema, raw.data.order, d.order)),
    sizes: part(SizesSchema, raw.data.sizes, d.sizes),
    density: part(DensitySchema, raw.data.density, d.density),
  };
}

export function loadColumnPrefs(): ColumnPrefs {
  return parseColumnPrefs(readJson(COLUMN_PREFS_KEY));
}

export function saveColumnPrefs(prefs: ColumnPrefs): void {
  writeJson(COLUMN_PREFS_KEY, prefs);
}

/** Moves a column one place left (-1) or right (+1) among the given order. */
export function moveColumn(
  order: readonly GridColumnId[],
  id: GridColumnId,
  by: -1 | 1,
): GridColumnId[] {
  const from = order.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= order.length) return [...order];
  const next = [...order];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}
