import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../i18n/use-translation';
import type { Country } from '../../api/schemas/countries';
import { useCountries } from '../../queries/use-countries';

/** Loaded only when the store has no countries endpoint, so most sessions never download it. */
async function loadBundledCountries(): Promise<Country[]> {
  const { allCountries } = await import('country-region-data');
  return allCountries.map(([name, code, regions]) => ({
    code,
    name,
    states: regions.map(([regionName, regionCode]) => ({ code: regionCode, name: regionName })),
  }));
}

export interface CountryOptions {
  countries: Country[];
  /** Where the list came from: the store's own (its state codes) or the bundled fallback. */
  source: 'store' | 'bundled' | 'loading';
  nameOf(code: string): string;
}

/**
 * The store's own list when it serves one: its state codes are what WooCommerce stores (China's
 * provinces are `CN1`…`CN32`, not ISO codes). Otherwise a bundled ISO list, so the form still
 * offers countries and common regions. Names are in the viewer's language where the browser knows.
 */
export function useCountryOptions(): CountryOptions {
  const { i18n } = useTranslation();
  const fromStore = useCountries();
  const bundled = useQuery({
    queryKey: ['bundled-countries'],
    queryFn: loadBundledCountries,
    enabled: fromStore.isError,
    staleTime: Infinity,
  });
  const countries = fromStore.data ?? bundled.data ?? [];
  const source = fromStore.data ? 'store' : bundled.data ? 'bundled' : 'loading';
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
