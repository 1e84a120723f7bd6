import { useMemo, useSyncExternalStore } from 'react';
import { useAppLocation } from '../../routes/navigation';
import { useApiClient } from '../../session/api-client-context';
import { getColumnPrefs, subscribeColumnPrefs } from '../customers/public';
import { currentView, findActiveView, type ViewScreen } from './view-model';
import { useSavedViews } from './views-store';

/** The screen's URL, the grid's layout, and the saved view they match, if any. */
export function useActiveView(screen: ViewScreen) {
  const { search } = useAppLocation();
  const prefs = useSyncExternalStore(subscribeColumnPrefs, getColumnPrefs);
  const { version } = useApiClient().config;
  const views = useSavedViews();
  const current = useMemo(() => currentView(screen, search, prefs), [screen, search, prefs]);
  const active = useMemo(() => findActiveView(views, current, version), [views, current, version]);
  return { search, prefs, version, views, active };
}
