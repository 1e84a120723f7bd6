import { useSyncExternalStore } from 'react';
import { changeColumnPrefs, getColumnPrefs, subscribeColumnPrefs } from './column-prefs-store';

/** The browser's layout choices, read once and written back whenever they change. */
export function useColumnPrefs() {
  const prefs = useSyncExternalStore(subscribeColumnPrefs, getColumnPrefs);
  return { prefs, change: changeColumnPrefs };
}
