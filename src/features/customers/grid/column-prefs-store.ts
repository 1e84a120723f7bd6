import { loadColumnPrefs, saveColumnPrefs, type ColumnPrefs } from './column-prefs';

// The browser's grid layout as one small external store (for useSyncExternalStore), so something
// outside the grid can change it too: a saved view applies its columns and density before or
// while the grid is on screen. Each change is written through at once (best effort: storage may
// be blocked, and then the layout lasts while the grid is shown).

let held: ColumnPrefs | undefined;
const listeners = new Set<() => void>();

export function getColumnPrefs(): ColumnPrefs {
  held ??= loadColumnPrefs();
  return held;
}

export function changeColumnPrefs(patch: Partial<ColumnPrefs>): void {
  held = { ...getColumnPrefs(), ...patch };
  saveColumnPrefs(held);
  for (const listener of listeners) listener();
}

export function subscribeColumnPrefs(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    // The next grid reads storage afresh, as it did when each grid held its own copy: another
    // tab (or a test) may have changed it meanwhile.
    if (listeners.size === 0) held = undefined;
  };
}
