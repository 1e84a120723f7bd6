import { useMemo, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { NewCustomerButton } from '../customer-form/public';
import { OfflineBanner } from '../../components/offline-banner';
import { CsvExportButton } from './export/csv-export-button';
import { CustomersModeSwitch } from '../advanced-search/public';
import { useGridSearchHint } from '../advanced-search/public';
import { useApiClient } from '../../session/api-client-context';
import { CustomersGrid } from './grid/customers-grid';
import { toListFilters } from './grid/grid-query';
import { useGridState } from './grid/use-grid-state';
import { CustomerSelectionProvider } from '../../selection/customer-selection';
import './customers-page.css';

// The screen's layout in plain elements (as MUI's Stack and Typography drew it), drawn by a static
// stylesheet (customers-page.css).

/**
 * The customers screen. The selection provider sits above the grid so bulk actions rendered on
 * this screen (the batch editor) can read what is selected with `useCustomerSelection`. `views`
 * (the saved-views menu) is composed in by the app and shown in the grid's toolbar.
 */
export function CustomersPage({ views }: { views?: ReactNode }) {
  const { t } = useTranslation();
  const grid = useGridState();
  const { version } = useApiClient().config;
  const { search, email, role, include, exclude } = grid.state;
  const filters = useMemo(
    () => toListFilters({ search, email, role, include, exclude }, version),
    [search, email, role, include, exclude, version],
  );
  const searchHint = useGridSearchHint(search);

  return (
    <div className="cd-screen">
      <div className="cd-title-row">
        <h1 className="cd-title">{t('customers.title')}</h1>
        <div className="cd-spacer" />
        <CsvExportButton filters={filters} hidden={grid.state.hidden} />
        <NewCustomerButton />
      </div>
      <CustomersModeSwitch current="grid" carrySearch={search} />
      <OfflineBanner />
      <CustomerSelectionProvider filters={filters}>
        <CustomersGrid grid={grid} searchHint={searchHint} views={views} />
      </CustomerSelectionProvider>
    </div>
  );
}
