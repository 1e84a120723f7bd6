import 'i18next';
import type { en } from './locales/en';
import type { shortcutsHelpEn } from './locales/shortcuts-help';
import type { savedViewsEn } from '../features/saved-views/locales/en';

// Typed keys: `t('connect.title')` is checked at compile time. Strings that load late with their
// code (addLateStrings) are typed here too, though not bundled in `en`.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // Parts that arrive with a lazy chunk (addStrings, addLateStrings) are typed here too.
    resources: {
      translation: typeof en & { shortcutsHelp: typeof shortcutsHelpEn } & {
        savedViews: typeof savedViewsEn;
      };
    };
  }
}
