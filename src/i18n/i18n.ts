import { createI18n, type StringsLoader } from './instance';
import { readJson, writeJson } from '../lib/local-storage';

export const SUPPORTED_LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];

const LOCALE_STORAGE_KEY = 'customer-desk.locale';

/** A saved choice wins; otherwise the browser's first language we support; otherwise English. */
export function pickInitialLocale(
  saved: string | null,
  browserLanguages: readonly string[],
): Locale {
  if (saved && (SUPPORTED_LOCALES as readonly string[]).includes(saved)) return saved as Locale;
  for (const language of browserLanguages) {
    if (language.toLowerCase().startsWith('zh')) return 'zh-CN';
    if (language.toLowerCase().startsWith('en')) return 'en';
  }
  return 'en';
}

function readSavedLocale(): string | null {
  const saved = readJson(LOCALE_STORAGE_KEY);
  return typeof saved === 'string' ? saved : null;
}

export function saveLocale(locale: Locale): void {
  writeJson(LOCALE_STORAGE_KEY, locale);
}

/**
 * The app's translations. English is bundled and is every other language's fallback; the first
 * language is the saved or browser one, shown once its strings have loaded (main.tsx waits).
 */
export const i18n = createI18n<Locale>({
  initial: pickInitialLocale(
    readSavedLocale(),
    typeof navigator === 'undefined' ? [] : navigator.languages,
  ),
  fallback: 'en',
});

/**
 * How a language's strings arrive when they are not bundled: the app bundles English and loads
 * the others (a chunk each) the first time they are chosen, so nobody downloads both.
 */
export function setStringsLoader(load: StringsLoader<Locale>): void {
  i18n.setStringsLoader(load);
}

/**
 * Adds a part of the strings in every language given. A part may arrive late, with the lazy
 * screen or menu that shows it: added to a language that has not loaded yet, it is kept, and the
 * language's own strings join it when they load.
 */
export function addStrings(strings: Partial<Record<Locale, object>>): void {
  i18n.addStrings(strings);
}

/**
 * config.json's `defaultLocale`: it beats the browser's languages but not the person's own saved
 * choice, unless the deployment locks the language (`staffMayChange.locale: false`).
 */
export async function applyConfiguredLocale(
  locale: Locale | undefined,
  locked: boolean,
): Promise<void> {
  if (!locale || (!locked && readSavedLocale() !== null)) return;
  await i18n.changeLanguage(locale);
}

// Screen readers pick their voice from the page's language.
const showLanguage = () => {
  if (typeof document !== 'undefined' && document.documentElement.lang !== i18n.language) {
    document.documentElement.lang = i18n.language;
  }
};
showLanguage();
i18n.subscribe(showLanguage);
