import type { en } from './locales/en';
import type { shortcutsHelpEn } from './locales/shortcuts-help';
import type { savedViewsEn } from '../features/saved-views/locales/en';
import type { customerOrdersEn } from '../features/customer-orders/locales/en';
import type { downloadsEn } from '../features/downloads/locales/en';
import type { customerDetailEn } from '../features/customer-detail/locales/en';
import type { customerFormEn } from '../features/customer-form/locales/en';
import type { advancedSearchEn } from '../features/advanced-search/locales/en';
import type { batchEn } from '../features/batch/locales/en';

// Typed keys: `t('connect.title')` is checked at compile time, and an unknown key is an error.
// Parts that arrive with a lazy chunk (addStrings in the chunk) are typed here too, though not
// bundled in `en`.
declare module '../i18n/types' {
  interface Register {
    strings: typeof en & { shortcutsHelp: typeof shortcutsHelpEn } & {
      savedViews: typeof savedViewsEn;
      customerOrders: typeof customerOrdersEn;
      downloads: typeof downloadsEn;
      customerDetail: typeof customerDetailEn;
      customerForm: typeof customerFormEn;
      advancedSearch: typeof advancedSearchEn;
      batch: typeof batchEn;
    };
  }
}
