import { addStrings } from '../../i18n/i18n';
import { customerOrdersEn } from './locales/en';
import { customerOrdersZhCN } from './locales/zh-CN';

// This screen's words travel with its code, in both languages, so the start bundles none of them.
// Imported for this side effect by the modules that render them, before they render.
addStrings({
  en: { customerOrders: customerOrdersEn },
  'zh-CN': { customerOrders: customerOrdersZhCN },
});
