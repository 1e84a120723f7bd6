import { useTranslation } from '../../../i18n/use-translation';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { formatCount } from '../../../lib/format-amount';
import { AddToBatchActions } from '../../batch/public';
import { PickedCustomersProvider } from '../../../selection/customer-selection';
import { useSelectedRegisteredCustomers } from '../selection/registered-selection';

/** How many registered customers are picked (across pages), and "Add to batch" for them. */
export function SelectionBar() {
  const { t, i18n } = useTranslation();
  const { userIds, clear } = useSelectedRegisteredCustomers();
  if (userIds.length === 0) return null;
  return (
    <Paper
      variant="outlined"
      role="region"
      aria-label={t('advancedSearch.columns.select')}
      sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, px: 2, py: 1 }}
    >
      <Typography aria-live="polite" sx={{ mr: 1 }}>
        {t('advancedSearch.selected', {
          formattedCount: formatCount(userIds.length, i18n.language),
        })}
      </Typography>
      <PickedCustomersProvider ids={userIds} onClear={clear}>
        <AddToBatchActions />
      </PickedCustomersProvider>
      <Button size="small" onClick={clear}>
        {t('advancedSearch.clearSelection')}
      </Button>
    </Paper>
  );
}
