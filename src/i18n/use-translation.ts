import { useSyncExternalStore } from 'react';
import { i18n } from './i18n';
import type { TFunction } from './types';

const getT = () => i18n.t;

/**
 * The current translator and the app's i18n (its `language`, `changeLanguage`). The component
 * renders again when the language changes or strings arrive; otherwise `t` stays the same
 * function, so memoised children that take it do not render again.
 */
export function useTranslation(): { t: TFunction; i18n: typeof i18n } {
  const t = useSyncExternalStore(i18n.subscribe, getT, getT);
  return { t, i18n };
}
