import { addStrings } from '../../i18n/i18n';
import { downloadsEn } from './locales/en';
import { downloadsZhCN } from './locales/zh-CN';

// This screen's words travel with its code, in both languages, so the start bundles none of them.
// Imported for this side effect by the modules that render them, before they render.
addStrings({ en: { downloads: downloadsEn }, 'zh-CN': { downloads: downloadsZhCN } });
