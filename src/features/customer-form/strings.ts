import { addStrings } from '../../i18n/i18n';
import { customerFormEn } from './locales/en';
import { customerFormZhCN } from './locales/zh-CN';

// This screen's words travel with its code, in both languages, so the start bundles only the few
// the grid shows (locales/start-*.ts). Imported for this side effect by the modules that render
// them, before they render.
addStrings({ en: { customerForm: customerFormEn }, 'zh-CN': { customerForm: customerFormZhCN } });
