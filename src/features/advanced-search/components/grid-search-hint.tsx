import type { ReactNode } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { RouterLink } from '../../../routes/navigation';
import Link from '@mui/material/Link';
import { paths } from '../../../routes/paths';
import { useAnalyticsAvailability } from '../api/use-store-capabilities';

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
      <Link component={RouterLink} to={to}>
        {t('advancedSearch.gridHintLink')}
      </Link>
    </>
  );
}
