// Customer ids typed by a person ("12, 15 30") or read from a URL ("12,15,30").

const MAX_ID = 2 ** 53 - 1;

export interface ParsedIdList {
  ids: number[];
  /** Tokens that are not positive whole numbers, for the form to point at. */
  invalid: string[];
}

/** Splits on commas and white space; keeps the first occurrence of each id in the order given. */
export function parseIdList(text: string): ParsedIdList {
  const ids: number[] = [];
  const invalid: string[] = [];
  for (const token of text.split(/[\s,]+/)) {
    if (token === '') continue;
    const id = /^\d+$/.test(token) ? Number(token) : NaN;
    if (Number.isSafeInteger(id) && id > 0 && id <= MAX_ID) {
      if (!ids.includes(id)) ids.push(id);
    } else {
      invalid.push(token);
    }
  }
  return { ids, invalid };
}

export function formatIdList(ids: readonly number[]): string {
  return ids.join(', ');
}
