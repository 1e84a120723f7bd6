import { Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useErrorMessage } from '../../../components/use-error-message';
import { useApiClient } from '../../../session/api-client-context';
import { useStoreCurrency } from '../../../queries/store-currency';
import { analyticsQueries } from '../api/analytics-queries';
import {
  DEFAULT_ADVANCED_FILTERS,
  countConditions,
  pickAdvancedFilters,
  type AnalyticsOrderby,
} from '../advanced-params';
import { toAnalyticsParams } from '../advanced-query';
import type { AdvancedStateApi } from '../use-advanced-state';
import { ConditionChips } from './condition-chips';
import { ResultsPagination } from './results-pagination';
import { ResultsTable } from './results-table';
import { SearchToolbar } from './search-toolbar';
import { SelectionBar } from './selection-bar';
import { intentProps, lazyWithPreload } from '../../../components/lazy-with-preload';

const FiltersDialog = lazyWithPreload(() =>
  import('./filters-dialog').then((m) => m.FiltersDialog),
);

export function AdvancedSearchView({ view, views }: { view: AdvancedStateApi; views?: ReactNode }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const client = useApiClient();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const { state, update, setFilters } = view;
  const query = useQuery(analyticsQueries.list(client, toAnalyticsParams(state)));
  const { currency } = useStoreCurrency(true);
  const filters = pickAdvancedFilters(state);
  const filtered = countConditions(filters) > 0;
  const clearAll = () => setFilters(DEFAULT_ADVANCED_FILTERS);
  // A header click sorts by that column; a second click on the same column flips the order.
  const sort = (orderby: AnalyticsOrderby) =>
    update({
      orderby,
      order: orderby === state.orderby ? (state.order === 'asc' ? 'desc' : 'asc') : 'asc',
      page: 1,
    });

  const error = query.isError && (
    <Alert
      severity="error"
      action={
        <Button color="inherit" size="small" onClick={() => void query.refetch()}>
          {t('advancedSearch.retry')}
        </Button>
      }
    >
      {describe(query.error)}
    </Alert>
  );
  const empty = query.data?.items.length === 0 && (
    <Stack role="status" spacing={1.5} sx={{ alignItems: 'center' }}>
      <Typography color="text.secondary">
        {filtered ? t('advancedSearch.empty') : t('advancedSearch.emptyStore')}
      </Typography>
      {filtered && (
        <Button variant="outlined" onClick={clearAll}>
          {t('advancedSearch.filters.clearAll')}
        </Button>
      )}
    </Stack>
  );

  return (
    <Stack spacing={1.5} sx={{ minWidth: 0 }}>
      <SearchToolbar
        view={view}
        onOpenFilters={() => setFiltersOpen(true)}
        filtersIntent={intentProps(FiltersDialog.preload)}
        views={views}
      />
      {state.match === 'any' && (
        <Typography variant="body2" color="text.secondary">
          {t('advancedSearch.match.anyNote')}
        </Typography>
      )}
      <ConditionChips
        filters={filters}
        currency={currency}
        onChange={(patch) => setFilters(patch)}
        onClearAll={clearAll}
      />
      <SelectionBar />
      {query.data && error}
      <Box sx={{ position: 'relative' }}>
        {query.isFetching && (
          <LinearProgress sx={{ position: 'absolute', top: 0, left: 0, right: 0, zIndex: 1 }} />
        )}
        <ResultsTable
          rows={query.data?.items ?? []}
          currency={currency}
          orderby={state.orderby}
          order={state.order}
          onSort={sort}
          busy={query.isFetching}
          message={
            (!query.data &&
              (error || <Typography role="status">{t('customers.loading')}</Typography>)) ||
            empty ||
            undefined
          }
        />
      </Box>
      <ResultsPagination
        page={state.page}
        perPage={state.perPage}
        total={query.data?.total ?? 0}
        totalPages={query.data?.totalPages ?? 0}
        shown={query.data?.items.length ?? 0}
        onPage={(page) => update({ page })}
        onPerPage={(perPage) => update({ perPage, page: 1 })}
      />
      {filtersOpen && (
        <Suspense fallback={null}>
          <FiltersDialog
            open
            initial={filters}
            onApply={(conditions) => {
              setFilters(conditions);
              setFiltersOpen(false);
            }}
            onClose={() => setFiltersOpen(false)}
          />
        </Suspense>
      )}
    </Stack>
  );
}
