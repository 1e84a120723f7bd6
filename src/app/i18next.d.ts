import 'i18next';
import type { en } from './locales/en';
import type { shortcutsHelpEn } from './locales/shortcuts-help';

// Typed keys: `t('connect.title')` is checked at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // Parts that arrive with a lazy chunk (addStrings) are typed here too.
    resources: { translation: typeof en & { shortcutsHelp: typeof shortcutsHelpEn } };
  }
}
