// Writing CSV that spreadsheets open correctly: RFC 4180 quoting, CRLF rows, a UTF-8 byte order
// mark (without it Excel reads UTF-8 as the local code page and garbles names like "Zoë" or "张"),
// and a guard against formula injection: a cell starting with = + - @ (or a tab/CR that some
// programs skip first) would run as a formula when opened, so it gets a leading apostrophe.

export const UTF8_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

/** Makes a cell inert in spreadsheets; plain negative numbers stay numbers. */
export function guardFormula(value: string): string {
  if (!FORMULA_START.test(value)) return value;
  if (/^-\d+(\.\d+)?$/.test(value)) return value;
  return `'${value}`;
}

/** Quotes when needed: separators, quotes and line breaks; inner quotes are doubled. */
export function quoteCsvCell(value: string): string {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  return quoteCsvCell(guardFormula(text));
}

export function csvRow(cells: readonly unknown[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
