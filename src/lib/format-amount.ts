// Money and counts through Intl, so each locale gets its own digits and separators.
import { displayNames, numberFormat } from './intl-cache';

/**
 * With a currency code: "¥1,234.50" / "1.234,50 €". Without one (the store did not say), a plain
 * number with two decimals: guessing a currency would show wrong money with confidence.
 */
export function formatAmount(
  amount: string | number,
  currency: string | undefined,
  locale: string,
): string {
  const value = typeof amount === 'number' ? amount : Number(amount);
  if (amount === '' || !Number.isFinite(value)) return String(amount);
  if (currency) {
    try {
      return numberFormat(locale, { style: 'currency', currency }).format(value);
    } catch {
      // An unknown code from a plugin: fall through to the plain number.
    }
  }
  return numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

export function formatCount(value: number, locale: string): string {
  return numberFormat(locale).format(value);
}

// Each name once per language: a 100-row page asks for the same few countries again and again,
// and Intl's lookup is about 50 µs a call on a cold page.
const countryNames = new Map<string, string>();

/** "Germany" for "DE" in English, "德国" in Chinese; the code itself when Intl does not know it. */
export function formatCountry(code: string, locale: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return code;
  const key = `${locale}|${code}`;
  const known = countryNames.get(key);
  if (known !== undefined) return known;
  let name = code;
  try {
    name = displayNames(locale, { type: 'region' }).of(code) ?? code;
  } catch {
    // Intl does not know the language or the code: the code itself.
  }
  countryNames.set(key, name);
  return name;
}
