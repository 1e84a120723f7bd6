import { useTranslation } from '../../../i18n/use-translation';
import { styled } from '@mui/material/styles';
import { LightButton } from '../../../components/light-button';
import { formatCount } from '../../../lib/format-amount';
import { AddToBatchActions } from '../../batch/public';
import { useCustomerSelection } from '../../../selection/customer-selection';

interface SelectionBarProps {
  /** Customers matching the filters (X-WP-Total). */
  total: number;
  /** Whether every row of the page shown is selected: then "all matching" is offered. */
  pageFullySelected: boolean;
  pageRows: number;
}

// An outlined Paper's look, as a plain region: the bar shows on every selection in the grid.
const Bar = styled('div')(({ theme }) => ({
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: theme.spacing(1),
  padding: theme.spacing(1, 2),
  border: '1px solid var(--mui-palette-divider)',
  borderRadius: theme.shape.borderRadius,
  backgroundColor: 'var(--mui-palette-action-selected)',
  color: 'var(--mui-palette-text-primary)',
  '& > .cd-selection-count': { ...theme.typography.body1, margin: theme.spacing(0, 1, 0, 0) },
}));

/** What is selected, and the step from "this page" to "everything that matches". */
export function SelectionBar({ total, pageFullySelected, pageRows }: SelectionBarProps) {
  const { t, i18n } = useTranslation();
  const { selection, count, selectAllMatching, clear } = useCustomerSelection();
  if (count === 0) return null;
  const n = (value: number) => formatCount(value, i18n.language);
  const offerAll = selection.kind === 'ids' && pageFullySelected && total > pageRows;

  return (
    <Bar role="region" aria-label={t('customers.selection.column')}>
      <p className="cd-selection-count" aria-live="polite">
        {selection.kind === 'matching'
          ? t('customers.selection.allSelected', { formattedCount: n(selection.total) })
          : t('customers.selection.count', { formattedCount: n(count) })}
      </p>
      {offerAll && (
        <LightButton size="small" onClick={() => selectAllMatching(total)}>
          {t('customers.selection.selectAll', { formattedCount: n(total) })}
        </LightButton>
      )}
      <AddToBatchActions />
      <LightButton size="small" onClick={clear}>
        {t('customers.selection.clear')}
      </LightButton>
    </Bar>
  );
}
