import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import Alert from '@mui/material/Alert';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { paths } from '../../../routes/paths';
import { useAnalyticsAvailability } from '../api/use-store-capabilities';

interface ModeSwitchProps {
  current: 'grid' | 'advanced';
  /** The grid's search term, carried into advanced search so the user need not type it again. */
  carrySearch?: string;
}

/**
 * Tabs between the customers API's grid and the analytics index's advanced search. Where the
 * store has no index, there is no second mode: a note says why instead.
 */
export function CustomersModeSwitch({ current, carrySearch }: ModeSwitchProps) {
  const { t } = useTranslation();
  const availability = useAnalyticsAvailability();
  // Unknown (the index could not be read): no second mode, and no claim about why.
  if (availability === 'unknown') return null;
  if (availability === 'unavailable') {
    return current === 'grid' ? (
      <Alert severity="info" variant="outlined" role="note">
        {t('advancedSearch.unavailable')}
      </Alert>
    ) : null;
  }
  const advancedTo = carrySearch
    ? `${paths.customerSearch}?${new URLSearchParams({ search: carrySearch }).toString()}`
    : paths.customerSearch;
  // While the store is asked, the current mode's tab alone holds the row, so the grid below does
  // not jump down when the other tab arrives (the page's largest layout shift otherwise).
  const shown = availability === 'checking' ? [current] : (['grid', 'advanced'] as const);
  return (
    <Tabs
      value={current}
      aria-label={t('advancedSearch.modes.label')}
      variant="scrollable"
      allowScrollButtonsMobile
      sx={{ borderBottom: 1, borderColor: 'divider' }}
    >
      {shown.includes('grid') && (
        <Tab
          value="grid"
          label={t('advancedSearch.modes.grid')}
          component={RouterLink}
          to={paths.customers}
        />
      )}
      {shown.includes('advanced') && (
        <Tab
          value="advanced"
          label={t('advancedSearch.modes.advanced')}
          component={RouterLink}
          to={advancedTo}
        />
      )}
    </Tabs>
  );
}
