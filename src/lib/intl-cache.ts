// Intl formatters are slow to build (tens of microseconds each, far more with time zones) and a
// 100-row page formats a thousand values, so each locale + options pair is built once and reused.

const built = new Map<string, unknown>();

function once<T>(key: string, build: () => T): T {
  if (built.has(key)) return built.get(key) as T;
  const formatter = build(); // may throw (an unknown currency): nothing is cached then
  built.set(key, formatter);
  return formatter;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}) {
  return once(
    `number|${locale}|${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(locale, options),
  );
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions = {}) {
  return once(
    `date|${locale}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(locale, options),
  );
}

export function displayNames(locale: string, options: Intl.DisplayNamesOptions) {
  return once(
    `names|${locale}|${JSON.stringify(options)}`,
    () => new Intl.DisplayNames([locale], options),
  );
}
