import { useTranslation } from '../../../i18n/use-translation';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { formatAmount, formatCount } from '../../../lib/format-amount';
import {
  DATE_FIELDS,
  DEFAULT_ADVANCED_FILTERS,
  RANGE_FIELDS,
  countConditions,
  type AdvancedFilters,
  type Range,
} from '../advanced-params';
import { FIELD_LABEL_KEYS } from './field-labels';

interface ConditionChipsProps {
  filters: AdvancedFilters;
  currency: string | undefined;
  onChange(patch: Partial<AdvancedFilters>): void;
  onClearAll(): void;
}

/** Each active condition as a chip; Delete/Backspace on a focused chip removes it. */
export function ConditionChips({ filters, currency, onChange, onClearAll }: ConditionChipsProps) {
  const { t, i18n } = useTranslation();
  if (countConditions(filters) === 0 && filters.match === 'all') return null;
  const locale = i18n.language;
  const rangeText = (range: Range, money: boolean) => {
    const f = (v: number) => (money ? formatAmount(v, currency, locale) : formatCount(v, locale));
    if (range.min !== null && range.max !== null)
      return t('advancedSearch.filters.between', { min: f(range.min), max: f(range.max) });
    if (range.min !== null) return t('advancedSearch.filters.atLeast', { value: f(range.min) });
    return t('advancedSearch.filters.atMost', { value: f(range.max ?? 0) });
  };
  const day = (value: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
      new Date(`${value}T00:00:00Z`),
    );

  const chips: { key: string; label: string; remove: Partial<AdvancedFilters> }[] = [];
  if (filters.search) {
    const by = t(
      `advancedSearch.search.by${filters.searchby === 'name' ? 'Name' : filters.searchby === 'email' ? 'Email' : 'Username'}`,
    );
    const label = t('advancedSearch.filters.chipSearch', { by, value: filters.search });
    chips.push({ key: 'search', label, remove: { search: '' } });
  }
  if (filters.countryIncludes.length > 0) {
    const label = t('advancedSearch.filters.chipCountryIncludes', {
      value: filters.countryIncludes.join(', '),
    });
    chips.push({ key: 'ci', label, remove: { countryIncludes: [] } });
  }
  if (filters.countryExcludes.length > 0) {
    const label = t('advancedSearch.filters.chipCountryExcludes', {
      value: filters.countryExcludes.join(', '),
    });
    chips.push({ key: 'ce', label, remove: { countryExcludes: [] } });
  }
  for (const field of RANGE_FIELDS) {
    const range = filters.ranges[field];
    if (range.min === null && range.max === null) continue;
    const what = t(FIELD_LABEL_KEYS[field]);
    const label = t('advancedSearch.filters.chipRange', {
      what,
      range: rangeText(range, field !== 'orders_count'),
    });
    const ranges = { ...filters.ranges, [field]: DEFAULT_ADVANCED_FILTERS.ranges[field] };
    chips.push({ key: field, label, remove: { ranges } });
  }
  for (const field of DATE_FIELDS) {
    const { from, to } = filters.dates[field];
    if (from === '' && to === '') continue;
    const what = t(FIELD_LABEL_KEYS[field]);
    const range =
      from && to
        ? t('advancedSearch.filters.between', { min: day(from), max: day(to) })
        : from
          ? t('advancedSearch.filters.atLeast', { value: day(from) })
          : t('advancedSearch.filters.atMost', { value: day(to) });
    const label = t('advancedSearch.filters.chipRange', { what, range });
    const dates = { ...filters.dates, [field]: DEFAULT_ADVANCED_FILTERS.dates[field] };
    chips.push({ key: field, label, remove: { dates } });
  }
  if (filters.match === 'any') {
    chips.push({
      key: 'match',
      label: t('advancedSearch.filters.chipMatchAny'),
      remove: { match: 'all' },
    });
  }

  return (
    <Stack
      component="ul"
      aria-label={t('advancedSearch.filters.active')}
      direction="row"
      sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'center', listStyle: 'none', p: 0, m: 0 }}
    >
      {chips.map((chip) => (
        <li key={chip.key}>
          <Chip label={chip.label} onDelete={() => onChange(chip.remove)} />
        </li>
      ))}
      <li>
        <Button size="small" onClick={onClearAll}>
          {t('advancedSearch.filters.clearAll')}
        </Button>
      </li>
    </Stack>
  );
}
