/**
 * Every keyboard shortcut, grouped by where it works: the help dialog lists this table and the
 * keys fire from it (shortcut-listener.ts), so the two cannot drift apart. Keys are
 * `KeyboardEvent.key` values. Only this table is in the start chunk; the listener loads after.
 */
export const SHORTCUTS = {
  anywhere: { help: ['?'], batch: ['b'] },
  customers: {
    search: ['/'],
    next: ['j', 'ArrowDown'],
    previous: ['k', 'ArrowUp'],
    open: ['Enter'],
  },
  customer: { edit: ['e'] },
} as const;

type Groups = typeof SHORTCUTS;
export type ShortcutId = { [G in keyof Groups]: keyof Groups[G] }[keyof Groups];

/** Each shortcut's keys, by id. */
export const SHORTCUT_KEYS = Object.assign({}, ...Object.values(SHORTCUTS)) as Record<
  ShortcutId,
  readonly string[]
>;

/**
 * The `aria-keyshortcuts` of the control a key presses or focuses. The listener finds the control
 * by this very value, so a control that announces a shortcut is the one the key reaches.
 */
export function ariaShortcut(id: ShortcutId): string {
  return SHORTCUT_KEYS[id].map((key) => (key === '?' ? 'Shift+?' : key)).join(' ');
}
