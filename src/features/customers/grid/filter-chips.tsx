import { useTranslation } from '../../../i18n/use-translation';
import type { KeyboardEvent } from 'react';
import { LightButton } from '../../../components/light-button';
import { Icon } from '../../../components/icon';
import './filter-chips.css';
import { formatIdList } from '../../../lib/id-list';
import { DEFAULT_FILTERS, hasActiveFilters, type GridFilters } from './grid-params';

interface FilterChipsProps {
  filters: GridFilters;
  showRole: boolean;
  onChange(patch: Partial<GridFilters>): void;
  onClearAll(): void;
}

// MUI's filled, deletable Chip on plain elements: the chip itself is the focusable "button" named
// by its label (Delete or Backspace removes it, as with MUI's), the cross is for the mouse.
// Styles: filter-chips.css.
function FilterChip({ label, onDelete }: { label: string; onDelete(): void }) {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      onDelete();
    } else if (event.key === 'Escape') event.currentTarget.blur();
  };
  return (
    <div className="cd-chip" role="button" tabIndex={0} onKeyDown={onKeyDown}>
      <span className="cd-chip-label">{label}</span>
      <Icon name="cancel" className="cd-chip-delete" onClick={onDelete} />
    </div>
  );
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
    <ul className="cd-chips" aria-label={t('customers.filters.active')}>
      {chips.map((chip) => (
        <li key={chip.key}>
          <FilterChip label={chip.label} onDelete={() => onChange(chip.remove)} />
        </li>
      ))}
      <li>
        <LightButton size="small" onClick={onClearAll}>
          {t('customers.filters.clearAll')}
        </LightButton>
      </li>
    </ul>
  );
}
