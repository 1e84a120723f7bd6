import * as z from 'zod/mini';
import { MAX_NAME_LENGTH, type SavedView } from './view-model';
import { SavedViewShape, canonicalQuery } from './view-schema';
import { VIEWS_FORMAT, VIEWS_FORMAT_VERSION, toViewsFile } from './views-store';

// The export file and its import. An import is all or nothing: one bad entry rejects the file
// with the entries and fields at fault, so nobody finds half a file imported and wonders where
// the rest went. Names that clash with kept views (or each other) get a number: "Berlin (2)".

export const MAX_VIEWS = 200;
export const MAX_FILE_BYTES = 1_000_000;

export type NameError = 'required' | 'tooLong' | 'taken';

/** Why `name` cannot be a view's name, or null: required, at most 80 characters, unique. */
export function checkName(
  name: string,
  views: readonly SavedView[],
  exceptId?: string,
): NameError | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'required';
  if (trimmed.length > MAX_NAME_LENGTH) return 'tooLong';
  const key = trimmed.toLocaleLowerCase();
  const clash = views.some((v) => v.id !== exceptId && v.name.toLocaleLowerCase() === key);
  return clash ? 'taken' : null;
}

/** `name`, or "name (2)", "name (3)"… the first not in `taken` (lower-cased names). */
export function uniqueName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name.toLocaleLowerCase())) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = name.slice(0, MAX_NAME_LENGTH - suffix.length).trimEnd() + suffix;
    if (!taken.has(candidate.toLocaleLowerCase())) return candidate;
  }
}

export function newViewId(): string {
  // Not crypto.randomUUID: that exists only in secure contexts, and a store may be plain http.
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export function exportViewsText(views: readonly SavedView[]): string {
  return `${JSON.stringify(toViewsFile(views), null, 2)}\n`;
}

export function exportFileName(now = new Date()): string {
  return `customer-desk-views-${now.toISOString().slice(0, 10)}.json`;
}

/** The fields a person can fix in the file, in the order they are reported. */
export const ENTRY_FIELDS = ['entry', 'name', 'screen', 'query', 'layout', 'apiVersion'] as const;
export type EntryField = (typeof ENTRY_FIELDS)[number];

export interface BadEntry {
  /** 1-based, as a person counts. */
  position: number;
  name?: string;
  fields: EntryField[];
}

export type ImportError =
  | { code: 'tooLarge' }
  | { code: 'notJson'; detail: string }
  | { code: 'notViewsFile' }
  | { code: 'newerVersion'; version: number }
  | { code: 'badVersion' }
  | { code: 'noViews' }
  | { code: 'tooMany'; count: number }
  | { code: 'badEntries'; entries: BadEntry[]; count: number };

export type ImportResult = { ok: true; views: SavedView[] } | { ok: false; error: ImportError };

// What a file entry must be. Ids and dates are the file's business only: new ones are given.
const ImportedViewSchema = z
  .looseObject({
    ...SavedViewShape,
    id: z.optional(z.unknown()),
    savedAt: z.optional(z.unknown()),
  })
  .check(
    z.superRefine((view, context) => {
      // A grid query holding nothing the grid understands is fine (it is the plain grid); but a
      // layout on an advanced-search view means the entry was assembled wrongly.
      if (view.screen === 'advanced' && view.layout)
        context.addIssue({
          code: 'custom',
          path: ['layout'],
          message: 'no layout on advanced views',
        });
    }),
  );

function fieldsOf(error: z.core.$ZodError): EntryField[] {
  const fields = new Set<EntryField>();
  for (const issue of error.issues) {
    const head = issue.path[0];
    fields.add(ENTRY_FIELDS.find((f) => f === head) ?? 'entry');
  }
  return ENTRY_FIELDS.filter((field) => fields.has(field));
}

/** Reads an exported file's text into views ready to add (fresh ids, canonical queries). */
export function parseViewsFile(text: string, now = new Date()): ImportResult {
  if (text.length > MAX_FILE_BYTES) return { ok: false, error: { code: 'tooLarge' } };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, error: { code: 'notJson', detail: (error as Error).message } };
  }
  const head = z.looseObject({ format: z.unknown(), version: z.unknown(), views: z.unknown() });
  const file = head.safeParse(data);
  if (!file.success || file.data.format !== VIEWS_FORMAT)
    return { ok: false, error: { code: 'notViewsFile' } };
  const { version, views } = file.data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, error: { code: 'badVersion' } };
  if (version > VIEWS_FORMAT_VERSION)
    return { ok: false, error: { code: 'newerVersion', version } };
  if (!Array.isArray(views) || views.length === 0) return { ok: false, error: { code: 'noViews' } };
  if (views.length > MAX_VIEWS)
    return { ok: false, error: { code: 'tooMany', count: views.length } };

  const bad: BadEntry[] = [];
  const good: SavedView[] = [];
  views.forEach((entry: unknown, index) => {
    const parsed = ImportedViewSchema.safeParse(entry);
    if (parsed.success) {
      const { screen, query, layout, apiVersion } = parsed.data;
      good.push({
        ...parsed.data,
        id: newViewId(),
        savedAt: now.toISOString(),
        query: canonicalQuery(screen, query),
        layout: screen === 'grid' ? layout : undefined,
        apiVersion,
      });
      return;
    }
    const name = z.object({ name: z.string() }).safeParse(entry);
    bad.push({
      position: index + 1,
      name: name.success && name.data.name.trim() !== '' ? name.data.name : undefined,
      fields: fieldsOf(parsed.error),
    });
  });
  if (bad.length > 0)
    return { ok: false, error: { code: 'badEntries', entries: bad, count: views.length } };
  return { ok: true, views: good };
}

export interface MergeResult {
  views: SavedView[];
  added: number;
  renamed: { from: string; to: string }[];
}

/** Adds `imported` after `kept`, renaming a clash (case-insensitive) to "Name (2)" and so on. */
export function mergeViews(
  kept: readonly SavedView[],
  imported: readonly SavedView[],
): MergeResult {
  const taken = new Set(kept.map((view) => view.name.toLocaleLowerCase()));
  const renamed: MergeResult['renamed'] = [];
  const added = imported.map((view) => {
    const name = uniqueName(view.name, taken);
    taken.add(name.toLocaleLowerCase());
    if (name !== view.name) renamed.push({ from: view.name, to: name });
    return { ...view, name };
  });
  return { views: [...kept, ...added], added: added.length, renamed };
}
