import { lookup, mergeStrings, translate, type Strings } from './translate';
import type { TFunction, TOptions, TranslationKey } from './types';

/** Where a language's strings come from when they are not bundled (a chunk of their own). */
export type StringsLoader<L extends string> = (language: L) => Promise<object>;

export interface I18n<L extends string> {
  /** The language on screen; it changes once the new language's strings have arrived. */
  readonly language: L;
  /** Translates in the current language; a new function whenever the language or strings change. */
  readonly t: TFunction;
  /** Loads the language's strings if need be, then shows it. If they fail to load, nothing changes. */
  changeLanguage(language: L): Promise<void>;
  /** Loads a language's strings without showing it; resolves to whether they are there. */
  loadLanguage(language: L): Promise<boolean>;
  /** Whether the current language or the fallback has this key. */
  exists(key: string): boolean;
  /** Adds (or replaces) strings in each language given; the rest of each language stays. */
  addStrings(parts: Partial<Record<L, object>>): void;
  setStringsLoader(load: StringsLoader<L>): void;
  /** Calls `listener` after every change of language or strings; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

/**
 * The app's translations: the strings of each language, the language on screen, and which
 * languages have loaded. The fallback language is bundled (its strings come with addStrings) and
 * answers any key the current language lacks; the others load through the strings loader, once.
 */
export function createI18n<L extends string>({
  initial,
  fallback,
}: {
  initial: L;
  fallback: L;
}): I18n<L> {
  const strings = new Map<L, Strings>();
  const loaded = new Set<L>([fallback]);
  const loading = new Map<L, Promise<boolean>>();
  const listeners = new Set<() => void>();
  let setLoader: (load: StringsLoader<L>) => void = () => undefined;
  // The first language may be asked for before the app has said where strings come from.
  const loader = new Promise<StringsLoader<L>>((resolve) => (setLoader = resolve));
  let language = initial;
  // The language last asked for: of two quick changes, the later wins whatever loads first.
  let wanted = initial;

  const translatorFor = (current: L): TFunction => {
    // A language's table is created once and then only grows; `changed` makes a new translator.
    const tables = (current === fallback ? [fallback] : [current, fallback]).map((lng) => ({
      language: lng,
      strings: strings.get(lng),
    }));
    return (key: TranslationKey, options?: TOptions) => translate(tables, key, options);
  };
  let t = translatorFor(language);

  const changed = () => {
    t = translatorFor(language);
    for (const listener of listeners) listener();
  };

  const add = (lng: L, part: object): boolean => {
    let table = strings.get(lng);
    if (!table) strings.set(lng, (table = {}));
    return mergeStrings(table, part as Strings);
  };

  const loadLanguage = (lng: L): Promise<boolean> => {
    if (loaded.has(lng)) return Promise.resolve(true);
    let pending = loading.get(lng);
    if (!pending) {
      pending = loader
        .then((load) => load(lng))
        .then(
          (part) => {
            add(lng, part);
            loaded.add(lng);
            return true;
          },
          () => {
            // Offline, say: the fallback stays on screen, and the next choice tries again.
            if (language === lng) language = fallback;
            return false;
          },
        )
        .then((ok) => {
          loading.delete(lng);
          changed();
          return ok;
        });
      loading.set(lng, pending);
    }
    return pending;
  };

  return {
    get language() {
      return language;
    },
    get t() {
      return t;
    },
    async changeLanguage(lng) {
      wanted = lng;
      // Already loaded: the change is synchronous, as a select's change should be.
      if (!loaded.has(lng) && !(await loadLanguage(lng))) return;
      if (wanted !== lng || language === lng) return;
      language = lng;
      changed();
    },
    loadLanguage,
    exists(key) {
      return [language, fallback].some((lng) => lookup(strings.get(lng), key) !== undefined);
    },
    addStrings(parts) {
      let any = false;
      for (const [lng, part] of Object.entries(parts) as [L, object | undefined][]) {
        if (part && add(lng, part)) any = true;
      }
      if (any) changed();
    },
    setStringsLoader(load) {
      setLoader(load);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
