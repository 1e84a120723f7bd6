import { useTranslation } from '../../../i18n/use-translation';
import { LightButton } from '../../../components/light-button';
import { formatCount } from '../../../lib/format-amount';
import { AddToBatchActions } from '../../batch/public';
import { useCustomerSelection } from '../../../selection/customer-selection';
import './selection-bar.css';

interface SelectionBarProps {
  /** Customers matching the filters (X-WP-Total). */
  total: number;
  /** Whether every row of the page shown is selected: then "all matching" is offered. */
  pageFullySelected: boolean;
  pageRows: number;
}

// An outlined Paper's look, as a plain region drawn by a static stylesheet (selection-bar.css):
// the bar shows on every selection in the grid.
/** What is selected, and the step from "this page" to "everything that matches". */
export function SelectionBar({ total, pageFullySelected, pageRows }: SelectionBarProps) {
  const { t, i18n } = useTranslation();
  const { selection, count, selectAllMatching, clear } = useCustomerSelection();
  if (count === 0) return null;
  const n = (value: number) => formatCount(value, i18n.language);
  const offerAll = selection.kind === 'ids' && pageFullySelected && total > pageRows;

  return (
    <div className="cd-selection-bar" role="region" aria-label={t('customers.selection.column')}>
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
    </div>
  );
}
