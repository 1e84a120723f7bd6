import { useMemo, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { styled } from '@mui/material/styles';
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

// The screen's layout in plain elements (as MUI's Stack and Typography drew it): sections 16px
// apart, 8px from the edges on a phone and 24px from 600px up.
const Screen = styled('div')(({ theme }) => ({
  display: 'flex',
  flexDirection: 'column',
  minWidth: 0,
  padding: 8,
  [theme.breakpoints.up('sm')]: { padding: 24 },
  '& > :not(style):not(style)': { margin: 0 },
  '& > :not(style) ~ :not(style)': { marginTop: 16 },
}));

const TitleRow = styled('div')({
  display: 'flex',
  flexDirection: 'row',
  flexWrap: 'wrap',
  alignItems: 'baseline',
  gap: 16,
});

const Title = styled('h1')(({ theme }) => ({ ...theme.typography.h5, margin: 0 }));

const Spacer = styled('div')({ flexGrow: 1 });

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
    <Screen>
      <TitleRow>
        <Title>{t('customers.title')}</Title>
        <Spacer />
        <CsvExportButton filters={filters} hidden={grid.state.hidden} />
        <NewCustomerButton />
      </TitleRow>
      <CustomersModeSwitch current="grid" carrySearch={search} />
      <OfflineBanner />
      <CustomerSelectionProvider filters={filters}>
        <CustomersGrid grid={grid} searchHint={searchHint} views={views} />
      </CustomerSelectionProvider>
    </Screen>
  );
}
