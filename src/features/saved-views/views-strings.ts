import { addStrings } from '../../i18n/i18n';
import { savedViewsEn } from './locales/en';
import { savedViewsZhCN } from './locales/zh-CN';

// The menu's and dialogs' words travel with their code, so the start bundles only the button's
// (locales/start-*.ts). Imported for this side effect by the lazy modules, before they render.
addStrings({ en: { savedViews: savedViewsEn }, 'zh-CN': { savedViews: savedViewsZhCN } });
