import { useTranslation } from '../../../i18n/use-translation';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { formatIdList } from '../../../lib/id-list';
import { DEFAULT_FILTERS, hasActiveFilters, type GridFilters } from './grid-params';

interface FilterChipsProps {
  filters: GridFilters;
  showRole: boolean;
  onChange(patch: Partial<GridFilters>): void;
  onClearAll(): void;
}

/**
 * Each active filter as a chip. Chips are focusable and Delete/Backspace removes one; the delete
 * icon is for the mouse, so the chip's label must say what it removes.
 */
export function FilterChips({ filters, showRole, onChange, onClearAll }: FilterChipsProps) {
  const { t } = useTranslation();
  if (!hasActiveFilters(filters)) return null;

  const chips: { key: string; label: string; remove: Partial<GridFilters> }[] = [];
  if (filters.search) {
    const label = t('customers.filters.chipSearch', { value: filters.search });
    chips.push({ key: 'search', label, remove: { search: '' } });
  }
  if (filters.email) {
    const label = t('customers.filters.chipEmail', { value: filters.email });
    chips.push({ key: 'email', label, remove: { email: '' } });
  }
  if (showRole && filters.role !== DEFAULT_FILTERS.role) {
    const role = t(`customers.roles.${filters.role}`);
    const label = t('customers.filters.chipRole', { value: role });
    chips.push({ key: 'role', label, remove: { role: DEFAULT_FILTERS.role } });
  }
  if (filters.include.length > 0) {
    const label = t('customers.filters.chipInclude', { value: formatIdList(filters.include) });
    chips.push({ key: 'include', label, remove: { include: [] } });
  }
  if (filters.exclude.length > 0) {
    const label = t('customers.filters.chipExclude', { value: formatIdList(filters.exclude) });
    chips.push({ key: 'exclude', label, remove: { exclude: [] } });
  }
  if (chips.length === 0) return null;

  return (
    <Stack
      component="ul"
      aria-label={t('customers.filters.active')}
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
          {t('customers.filters.clearAll')}
        </Button>
      </li>
    </Stack>
  );
}
