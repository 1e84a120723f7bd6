import { useTranslation } from '../../../i18n/use-translation';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
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

/** What is selected, and the step from "this page" to "everything that matches". */
export function SelectionBar({ total, pageFullySelected, pageRows }: SelectionBarProps) {
  const { t, i18n } = useTranslation();
  const { selection, count, selectAllMatching, clear } = useCustomerSelection();
  if (count === 0) return null;
  const n = (value: number) => formatCount(value, i18n.language);
  const offerAll = selection.kind === 'ids' && pageFullySelected && total > pageRows;

  return (
    <Paper
      variant="outlined"
      role="region"
      aria-label={t('customers.selection.column')}
      sx={{
        display: 'flex',
        flexWrap: 'wrap',
        alignItems: 'center',
        gap: 1,
        px: 2,
        py: 1,
        bgcolor: 'action.selected',
      }}
    >
      <Typography aria-live="polite" sx={{ mr: 1 }}>
        {selection.kind === 'matching'
          ? t('customers.selection.allSelected', { formattedCount: n(selection.total) })
          : t('customers.selection.count', { formattedCount: n(count) })}
      </Typography>
      {offerAll && (
        <Button size="small" onClick={() => selectAllMatching(total)}>
          {t('customers.selection.selectAll', { formattedCount: n(total) })}
        </Button>
      )}
      <AddToBatchActions />
      <Button size="small" onClick={clear}>
        {t('customers.selection.clear')}
      </Button>
    </Paper>
  );
}
