import { formatCount, formatCountry } from './format-amount';
import { formatUtcInstant } from './format-date';

/**
 * Builds the Intl formatters the grid's first rows use (counts, dates with a zone name, country
 * names). The first of them loads the browser's locale data, 50–70 ms of main thread on a cold
 * tab: called while the boot waits for config.json and the list page, it costs no time the user
 * sees instead of delaying the first rows by as much. The formatters are cached (intl-cache).
 */
export function warmFormatters(locale: string): void {
  formatCount(0, locale);
  formatUtcInstant('2020-01-01T00:00:00', locale);
  formatCountry('DE', locale);
}
