import { useMemo } from 'react';
import { useCountries } from './use-countries';
import type { StateNamer } from '../lib/format-address';

/**
 * State names from the store's own list (`/data/countries`, shared with the form's cache). A store
 * without that route, or a key that may not read it, leaves the codes as they are.
 */
export function useStateNamer(): StateNamer {
  const { data } = useCountries();
  return useMemo(() => {
    const byCountry = new Map(
      (data ?? []).map((country) => [
        country.code,
        new Map(country.states.map((s) => [s.code, s.name])),
      ]),
    );
    return (country, state) => byCountry.get(country)?.get(state);
  }, [data]);
}
