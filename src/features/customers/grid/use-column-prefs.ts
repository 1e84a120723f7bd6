import { useCallback, useEffect, useState } from 'react';
import { loadColumnPrefs, saveColumnPrefs, type ColumnPrefs } from './column-prefs';

/** The browser's layout choices, read once and written back whenever they change. */
export function useColumnPrefs() {
  const [prefs, setPrefs] = useState<ColumnPrefs>(loadColumnPrefs);

  useEffect(() => saveColumnPrefs(prefs), [prefs]);

  const change = useCallback(
    (patch: Partial<ColumnPrefs>) => setPrefs((current) => ({ ...current, ...patch })),
    [],
  );
  return { prefs, change };
}
