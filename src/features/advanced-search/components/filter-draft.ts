import {
  DATE_FIELDS,
  RANGE_FIELDS,
  isValidDay,
  parseCountries,
  type AdvancedFilters,
  type DateField,
  type RangeField,
} from '../advanced-params';

// The filters dialog edits text (what is typed) and turns it into conditions only on Apply, so a
// half-typed number is never sent and a mistake is shown beside its field without losing input.

export interface FilterDraft {
  countryIncludes: string;
  countryExcludes: string;
  ranges: Record<RangeField, { min: string; max: string }>;
  dates: Record<DateField, { from: string; to: string }>;
}

export type DraftErrorKey = 'country' | 'number' | 'integer' | 'range' | 'dateRange';
export type DraftErrors = Partial<Record<string, DraftErrorKey>>;

const text = (value: number | null) => (value === null ? '' : String(value));

export function draftFrom(filters: AdvancedFilters): FilterDraft {
  const ranges = {} as FilterDraft['ranges'];
  for (const field of RANGE_FIELDS) {
    ranges[field] = { min: text(filters.ranges[field].min), max: text(filters.ranges[field].max) };
  }
  return {
    countryIncludes: filters.countryIncludes.join(', '),
    countryExcludes: filters.countryExcludes.join(', '),
    ranges,
    dates: { ...filters.dates },
  };
}

function readNumber(raw: string, integer: boolean): number | null | DraftErrorKey {
  const value = raw.trim().replace(',', '.');
  if (value === '') return null;
  if (!/^\d+(\.\d+)?$/.test(value)) return integer ? 'integer' : 'number';
  const number = Number(value);
  if (integer && !Number.isInteger(number)) return 'integer';
  return number;
}

/** The conditions a draft stands for, or the errors that keep it from being applied. */
export function readDraft(draft: FilterDraft):
  | {
      ok: true;
      filters: Pick<AdvancedFilters, 'countryIncludes' | 'countryExcludes' | 'ranges' | 'dates'>;
    }
  | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const includes = parseCountries(draft.countryIncludes);
  const excludes = parseCountries(draft.countryExcludes);
  if (includes.invalid.length > 0) errors.countryIncludes = 'country';
  if (excludes.invalid.length > 0) errors.countryExcludes = 'country';
  const ranges = {} as AdvancedFilters['ranges'];
  for (const field of RANGE_FIELDS) {
    const integer = field === 'orders_count';
    const min = readNumber(draft.ranges[field].min, integer);
    const max = readNumber(draft.ranges[field].max, integer);
    if (typeof min === 'string') errors[`${field}_min`] = min;
    if (typeof max === 'string') errors[`${field}_max`] = max;
    const low = typeof min === 'number' ? min : null;
    const high = typeof max === 'number' ? max : null;
    if (low !== null && high !== null && low > high) errors[`${field}_max`] = 'range';
    ranges[field] = { min: low, max: high };
  }
  const dates = {} as AdvancedFilters['dates'];
  for (const field of DATE_FIELDS) {
    const { from, to } = draft.dates[field];
    // A date input gives "" or a valid day; anything else came from elsewhere and is dropped.
    const f = isValidDay(from) ? from : '';
    const tEnd = isValidDay(to) ? to : '';
    if (f && tEnd && f > tEnd) errors[`${field}_before`] = 'dateRange';
    dates[field] = { from: f, to: tEnd };
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    filters: { countryIncludes: includes.codes, countryExcludes: excludes.codes, ranges, dates },
  };
}
