import { useTranslation } from '../../../i18n/use-translation';
import { RouterLink } from '../../../routes/navigation';
import { paths } from '../../../routes/paths';
import { LightAlert } from '../../../components/light-alert';
import { useAnalyticsAvailability } from '../api/use-store-capabilities';
import './customers-mode-switch.css';

interface ModeSwitchProps {
  current: 'grid' | 'advanced';
  /** The grid's search term, carried into advanced search so the user need not type it again. */
  carrySearch?: string;
}

// Two links that look like tabs. They were MUI Tabs, which measure themselves (getBoundingClientRect)
// after every render to place the indicator: a forced layout of the whole 100-row grid on each
// page flip (54 ms of a flip, 132 ms of a cold load). The underline here is plain CSS, in a
// static stylesheet (customers-mode-switch.css).
/**
 * Links between the customers API's grid and the analytics index's advanced search. Where the
 * store has no index, there is no second mode: a note says why instead.
 */
export function CustomersModeSwitch({ current, carrySearch }: ModeSwitchProps) {
  const { t } = useTranslation();
  const availability = useAnalyticsAvailability();
  // Unknown (the index could not be read): no second mode, and no claim about why.
  if (availability === 'unknown') return null;
  if (availability === 'unavailable') {
    return current === 'grid' ? (
      <LightAlert severity="info" variant="outlined" role="note">
        {t('advancedSearch.unavailable')}
      </LightAlert>
    ) : null;
  }
  const advancedTo = carrySearch
    ? `${paths.customerSearch}?${new URLSearchParams({ search: carrySearch }).toString()}`
    : paths.customerSearch;
  // While the store is asked, the current mode's link alone holds the row, so the grid below does
  // not jump down when the other link arrives (the page's largest layout shift otherwise).
  const shown = availability === 'checking' ? [current] : (['grid', 'advanced'] as const);
  const currentIf = (mode: ModeSwitchProps['current']) =>
    mode === current ? ('page' as const) : undefined;
  return (
    <nav className="cd-modes" aria-label={t('advancedSearch.modes.label')}>
      {shown.includes('grid') && (
        <RouterLink className="cd-mode-link" to={paths.customers} aria-current={currentIf('grid')}>
          {t('advancedSearch.modes.grid')}
        </RouterLink>
      )}
      {shown.includes('advanced') && (
        <RouterLink className="cd-mode-link" to={advancedTo} aria-current={currentIf('advanced')}>
          {t('advancedSearch.modes.advanced')}
        </RouterLink>
      )}
    </nav>
  );
}
