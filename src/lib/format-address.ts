import { formatCountry } from './format-amount';

export interface AddressFields {
  first_name?: string;
  last_name?: string;
  company?: string;
  address_1?: string;
  address_2?: string;
  city?: string;
  state?: string;
  postcode?: string;
  country?: string;
}

// Where the postcode goes, following the postal conventions WooCommerce's own address formats use.
// Countries not listed get the US-style "City, STATE 12345" line.
const POSTCODE_FIRST = new Set(
  'AT BE CH CZ DE DK EE ES FI FR GR HR HU IS IT LI LT LU NL NO PL PT SE SI SK TR'.split(' '),
);
const OWN_LINES = new Set(['GB', 'IE', 'NZ']);

function join(parts: (string | undefined)[], separator = ' '): string {
  return parts
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(separator);
}

/** The store's name for a state code ("CA" → "California"), when the store lists it. */
export type StateNamer = (country: string, state: string) => string | undefined;

/**
 * An address as the lines of an envelope, the country named in the viewer's language and the
 * state by the store's name for it (WooCommerce stores state codes).
 */
export function formatAddress(
  address: AddressFields,
  locale: string,
  stateName: StateNamer = () => undefined,
): string[] {
  const { city, postcode } = address;
  const code = address.country?.trim().toUpperCase() ?? '';
  const rawState = address.state?.trim() ?? '';
  const state = (rawState && stateName(code, rawState)) || rawState;
  let place: string[];
  if (POSTCODE_FIRST.has(code)) place = [join([postcode, city]), join([state])];
  else if (OWN_LINES.has(code)) place = [join([city]), join([state]), join([postcode])];
  else place = [join([join([city, state], ', '), postcode])];
  const lines = [
    join([address.first_name, address.last_name]),
    join([address.company]),
    join([address.address_1]),
    join([address.address_2]),
    ...place,
    code ? formatCountry(code, locale) : '',
  ];
  return lines.filter((line) => line !== '');
}
