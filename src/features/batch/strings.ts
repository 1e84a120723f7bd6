import { addStrings } from '../../i18n/i18n';
import { batchEn } from './locales/en';
import { batchZhCN } from './locales/zh-CN';

// The batch editor's words travel with its code, in both languages, so the start bundles only
// what the top bar and the grid show (locales/start-*.ts). Imported for this side effect by the
// modules that render them, before they render.
addStrings({ en: { batch: batchEn }, 'zh-CN': { batch: batchZhCN } });
