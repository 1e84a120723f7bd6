import { addStrings } from '../../i18n/i18n';
import { en } from './en';
import { zhCN } from './zh-CN';

// Imported for its effect, before anything renders: every string of the app, in both languages.
addStrings({ en, 'zh-CN': zhCN });
