// Where seeded customers live: per country, who lives there (a mix of naming cultures), real
// cities with the state code WooCommerce uses for them, the local postcode and phone formats,
// street names and e-mail domains. The data sits in seed-places-*.ts as compact text; this file
// parses it once at load.

import type { Culture } from './seed-names.ts';
import { cultureById } from './seed-names.ts';
import type { Weighted } from './seed-random.ts';
import { weighted } from './seed-random.ts';
import { PLACES_AMERICAS_AFRICA_OCEANIA } from './seed-places-world.ts';
import { PLACES_ASIA } from './seed-places-asia.ts';
import { PLACES_EUROPE } from './seed-places-europe.ts';

/**
 * One country as written in the data files. Lists are separated by ";" (domains by ",").
 * Templates: `{s}` street, `{n}` 1–299, `{m}` 1–60, `{k}` 1–9; postcode and phone patterns use
 * `#` digit, `%` digit 2–9, `@` letter.
 */
export interface CountrySource {
  /** Relative share of customers living in this country. */
  weight: number;
  /** Naming cultures with weights: "us:70 mx:10"; a trailing "~" (cn~) writes names in Latin. */
  people: string;
  /** "City|STATE|postcode pattern" with an optional "|street/street" list of local streets. */
  places: string;
  streets: string;
  /** How address_1 is written here, e.g. "{n} {s}" or "{s} {n}". */
  line: string;
  /** Samples for address_2. */
  extra: string;
  phones: string;
  /** Local mail providers; global ones are added by the generator. */
  domains: string;
  companies: string;
}

export interface Place {
  city: string;
  state: string;
  postcode: string;
  streets: string[] | null;
}

export interface CountryProfile {
  code: string;
  people: Weighted<Culture>;
  places: Place[];
  streets: string[];
  line: string;
  extra: string[];
  phones: string[];
  domains: string[];
  companies: string[];
}

function list(text: string, separator = ';'): string[] {
  return text
    .split(separator)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

function parsePlace(entry: string): Place {
  const [city = '', state = '', postcode = '', streets] = entry.split('|');
  return { city, state, postcode, streets: streets ? list(streets, '/') : null };
}

// "cn~" means people of that culture living abroad, who mostly write their names in Latin
// letters ("Wei Zhang" in Sydney rather than 张伟).
const latinCopies = new Map<string, Culture>();

function latinCulture(culture: Culture): Culture {
  let copy = latinCopies.get(culture.id);
  if (!copy) {
    copy = { ...culture, latinShare: 1 };
    latinCopies.set(culture.id, copy);
  }
  return copy;
}

function parsePeople(text: string): Weighted<Culture> {
  return weighted(
    list(text, ' ').map((entry) => {
      const [id = '', share = '1'] = entry.split(':');
      const culture = id.endsWith('~')
        ? latinCulture(cultureById(id.slice(0, -1)))
        : cultureById(id);
      return [culture, Number(share)] as const;
    }),
  );
}

const SOURCES: Record<string, CountrySource> = {
  ...PLACES_EUROPE,
  ...PLACES_ASIA,
  ...PLACES_AMERICAS_AFRICA_OCEANIA,
};

export const COUNTRY_PROFILES: CountryProfile[] = Object.entries(SOURCES).map(([code, source]) => ({
  code,
  people: parsePeople(source.people),
  places: list(source.places).map(parsePlace),
  streets: list(source.streets),
  line: source.line,
  extra: list(source.extra),
  phones: list(source.phones),
  domains: list(source.domains, ','),
  companies: list(source.companies),
}));

/** Which country a customer lives in, weighted by each country's share. */
export const COUNTRY_TABLE: Weighted<CountryProfile> = weighted(
  COUNTRY_PROFILES.map((profile) => [profile, SOURCES[profile.code]?.weight ?? 0] as const),
);
