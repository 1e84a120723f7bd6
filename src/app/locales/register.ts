import { addStrings, setStringsLoader } from '../../i18n/i18n';
import { en } from './en';

// Imported for its effect, before anything renders: English is bundled (it is also every other
// language's fallback); Simplified Chinese is a chunk of its own, loaded when first chosen.
addStrings({ en });
setStringsLoader(async (locale) => (locale === 'zh-CN' ? (await import('./zh-CN')).zhCN : en));
