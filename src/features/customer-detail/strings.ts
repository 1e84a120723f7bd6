import { addStrings } from '../../i18n/i18n';
import { customerDetailEn } from './locales/en';
import { customerDetailZhCN } from './locales/zh-CN';

// This screen's words travel with its code, in both languages, so the start bundles none of them.
// Imported for this side effect by the modules that render them, before they render.
addStrings({
  en: { customerDetail: customerDetailEn },
  'zh-CN': { customerDetail: customerDetailZhCN },
});
