import type { ReactNode } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { RouterLink } from '../../../routes/navigation';
import { paths } from '../../../routes/paths';
import { useAnalyticsAvailability } from '../api/use-store-capabilities';
import './grid-search-hint.css';

// Drawn as MUI's Link (primary, always underlined, the line at 40% until hovered) on the router's
// own <a>: MUI's Link and its Typography would be 2.5 KB gzip of the grid's chunk for one link.
// A static stylesheet (grid-search-hint.css): nothing is built while it renders.
/**
 * The grid search box's hint where the store has the analytics index: what the customers API's
 * search matches, and where names and places can be found instead. Undefined otherwise, so the
 * grid keeps its own hint.
 */
export function useGridSearchHint(search: string): ReactNode | undefined {
  const { t } = useTranslation();
  const availability = useAnalyticsAvailability();
  if (availability !== 'available') return undefined;
  const to = search
    ? `${paths.customerSearch}?${new URLSearchParams({ search }).toString()}`
    : paths.customerSearch;
  return (
    <>
      {t('advancedSearch.gridHint')}{' '}
      <RouterLink className="cd-hint-link" to={to}>
        {t('advancedSearch.gridHintLink')}
      </RouterLink>
    </>
  );
}
