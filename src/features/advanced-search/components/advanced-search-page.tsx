import '../strings';
import type { ReactNode } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { RouterLink } from '../../../routes/navigation';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { paths } from '../../../routes/paths';
import { OfflineBanner } from '../../../components/offline-banner';
import { useAnalyticsAvailability } from '../api/use-store-capabilities';
import { pickAdvancedFilters } from '../advanced-params';
import { RegisteredSelectionProvider } from '../selection/registered-selection';
import { useAdvancedState } from '../use-advanced-state';
import { AdvancedSearchView } from './advanced-search-view';
import { CustomersModeSwitch } from './customers-mode-switch';

/**
 * The advanced search screen. The selection provider sits above the results, so a bulk action
 * rendered here (the batch editor) reads the picked user ids with `useSelectedRegisteredCustomers`;
 * `children` (such bulk actions) are rendered inside it, above the results. `views` (the
 * saved-views menu, composed in by the app) is shown in the search toolbar.
 */
export function AdvancedSearchPage({
  children,
  views,
}: {
  children?: ReactNode;
  views?: ReactNode;
}) {
  const { t } = useTranslation();
  const view = useAdvancedState();
  const availability = useAnalyticsAvailability();
  const scope = JSON.stringify(pickAdvancedFilters(view.state));

  return (
    <Stack spacing={2} sx={{ p: { xs: 1, sm: 3 }, minWidth: 0 }}>
      <Typography variant="h5" component="h1">
        {t('customers.title')}
      </Typography>
      <CustomersModeSwitch current="advanced" />
      <OfflineBanner />
      {availability === 'checking' && <CircularProgress aria-label={t('customers.loading')} />}
      {(availability === 'unavailable' || availability === 'unknown') && (
        <Alert
          severity="info"
          action={
            <Button component={RouterLink} to={paths.customers} color="inherit" size="small">
              {t('advancedSearch.backToGrid')}
            </Button>
          }
        >
          <AlertTitle>{t('advancedSearch.unavailableTitle')}</AlertTitle>
          {t('advancedSearch.unavailable')}
        </Alert>
      )}
      {availability === 'available' && (
        <RegisteredSelectionProvider scope={scope}>
          {children}
          <AdvancedSearchView view={view} views={views} />
        </RegisteredSelectionProvider>
      )}
    </Stack>
  );
}
