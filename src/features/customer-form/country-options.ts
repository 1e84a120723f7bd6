import { useMemo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Country } from '../../api/schemas/countries';
import { useCountries } from '../../queries/use-countries';
import { isoCountries } from './iso-countries';

export interface CountryOptions {
  countries: Country[];
  /** Where the list came from: the store's own (its state codes) or the bundled codes (no states). */
  source: 'store' | 'bundled' | 'loading';
  nameOf(code: string): string;
}

/**
 * The store's own list when it serves one: its state codes are what WooCommerce stores (China's
 * provinces are `CN1`…`CN32`, not ISO codes). Otherwise the ISO country codes, so the form still
 * offers every country, with the state as free text. Names are in the viewer's language where the
 * browser knows them.
 */
export function useCountryOptions(): CountryOptions {
  const { i18n } = useTranslation();
  const fromStore = useCountries();
  const bundled = useMemo(
    () => (fromStore.isError ? isoCountries() : undefined),
    [fromStore.isError],
  );
  const countries = fromStore.data ?? bundled ?? [];
  const source = fromStore.data ? 'store' : bundled ? 'bundled' : 'loading';
  const display = displayNames(i18n.language);
  const byCode = new Map(countries.map((country) => [country.code, country.name]));
  return {
    countries,
    source,
    nameOf: (code) => regionName(display, code) ?? byCode.get(code) ?? code,
  };
}

function displayNames(locale: string): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  } catch {
    return undefined;
  }
}

function regionName(display: Intl.DisplayNames | undefined, code: string): string | undefined {
  try {
    return display?.of(code);
  } catch {
    return undefined; // not a well-formed region code (a plugin's own, or damaged data)
  }
}
