import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
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

export const i18n = i18next.createInstance();

type StringsLoader = (locale: Locale) => Promise<object>;
let setLoader: (loader: StringsLoader) => void = () => undefined;
// i18next asks for the first language as soon as it is initialised, which is before the app has
// said where strings come from: the request waits for the loader.
const loader = new Promise<StringsLoader>((resolve) => (setLoader = resolve));

/**
 * How a language's strings arrive when they are not bundled: the app bundles English and loads
 * the others (a chunk each) the first time they are chosen, so nobody downloads both.
 */
export function setStringsLoader(load: StringsLoader): void {
  setLoader(load);
}

const lazyStrings: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    // A language that fails to load (offline) leaves the English fallback on screen.
    loader
      .then((load) => load(language as Locale))
      .then(
        (strings) => callback(null, strings as never),
        (error: Error) => callback(error, null),
      );
  },
};

void i18n
  .use(lazyStrings)
  .use(initReactI18next)
  .init({
    // Strings arrive with the code that shows them (addStrings), so a screen's words load with it.
    resources: {},
    partialBundledLanguages: true,
    lng: pickInitialLocale(
      readSavedLocale(),
      typeof navigator === 'undefined' ? [] : navigator.languages,
    ),
    fallbackLng: 'en',
    supportedLngs: SUPPORTED_LOCALES,
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
    initAsync: false,
  });

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

i18n.on('languageChanged', (lng) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
});

/** Adds a part of the strings in every language; a part may arrive late, with a lazy screen. */
export function addStrings(strings: Partial<Record<Locale, object>>): void {
  for (const locale of SUPPORTED_LOCALES) {
    const part = strings[locale];
    if (part) i18n.addResourceBundle(locale, 'translation', part, true, true);
  }
}

let applyingLate = false;

/**
 * The strings of a part that loads late (a lazy menu), in every language. Added at once to the
 * languages already loaded, and to any other as soon as it loads: added earlier, they would make
 * i18next think that language loaded and skip fetching the rest of its strings.
 */
export function addLateStrings(strings: Record<Locale, object>): void {
  const apply = (lng: string) => {
    const part = strings[lng as Locale] as object | undefined;
    if (!part || !i18n.hasResourceBundle(lng, 'translation')) return;
    applyingLate = true;
    try {
      i18n.addResourceBundle(lng, 'translation', part, true, true);
    } finally {
      applyingLate = false;
    }
  };
  for (const locale of SUPPORTED_LOCALES) apply(locale);
  // A loaded language replaces its top-level keys whole, so the part is merged in again after.
  i18n.store.on('added', (lng: string) => {
    if (!applyingLate) apply(lng);
  });
}
