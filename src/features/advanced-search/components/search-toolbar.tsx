import { useCallback, type ReactNode } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import FilterListIcon from '@mui/icons-material/FilterList';
import { ANALYTICS_ORDERBY, ANALYTICS_SEARCHBY } from '../../../api/endpoints/analytics-customers';
import { SearchField } from '../../../components/search-field';
import type { AdvancedStateApi } from '../use-advanced-state';
import type { AnalyticsOrderby, Match, SearchBy } from '../advanced-params';

const SEARCHBY_KEYS = {
  name: 'advancedSearch.search.byName',
  username: 'advancedSearch.search.byUsername',
  email: 'advancedSearch.search.byEmail',
} as const satisfies Record<SearchBy, string>;

interface SearchToolbarProps {
  view: AdvancedStateApi;
  onOpenFilters(): void;
  /** Starts loading the filters dialog when its button is pointed at or focused. */
  filtersIntent?: { onPointerEnter(): void; onFocus(): void };
  /** The saved-views menu, beside the filters button. */
  views?: ReactNode;
}

/** Search term and field, how conditions combine, the filters and the sort; wraps when narrow. */
export function SearchToolbar({ view, onOpenFilters, filtersIntent, views }: SearchToolbarProps) {
  const { t } = useTranslation();
  const { state, update, setFilters } = view;
  const previousSearch = state.search;
  // Starting a search is a step Back can undo; refining it replaces the step.
  const onSearch = useCallback(
    (search: string) => setFilters({ search }, { replace: previousSearch !== '' }),
    [setFilters, previousSearch],
  );
  return (
    <Stack spacing={1.5}>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'flex-start' }}>
        <SearchField
          value={state.search}
          onCommit={onSearch}
          label={t('advancedSearch.search.label')}
          hint={t('advancedSearch.intro')}
        />
        <TextField
          select
          size="small"
          label={t('advancedSearch.search.by')}
          value={state.searchby}
          onChange={(event) => setFilters({ searchby: event.target.value as SearchBy })}
          sx={{ minWidth: 190 }}
        >
          {ANALYTICS_SEARCHBY.map((by) => (
            <MenuItem key={by} value={by}>
              {t(SEARCHBY_KEYS[by])}
            </MenuItem>
          ))}
        </TextField>
        <Button
          startIcon={<FilterListIcon />}
          onClick={onOpenFilters}
          {...filtersIntent}
          aria-haspopup="dialog"
          sx={{ mt: 0.25 }}
        >
          {t('advancedSearch.filters.button')}
        </Button>
        {views}
      </Stack>
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
        <TextField
          select
          size="small"
          label={t('advancedSearch.match.label')}
          value={state.match}
          onChange={(event) => setFilters({ match: event.target.value as Match })}
          sx={{ minWidth: 200 }}
        >
          <MenuItem value="all">{t('advancedSearch.match.all')}</MenuItem>
          <MenuItem value="any">{t('advancedSearch.match.any')}</MenuItem>
        </TextField>
        <TextField
          select
          size="small"
          label={t('advancedSearch.sort.label')}
          value={state.orderby}
          onChange={(event) => update({ orderby: event.target.value as AnalyticsOrderby, page: 1 })}
          sx={{ minWidth: 190 }}
        >
          {ANALYTICS_ORDERBY.map((orderby) => (
            <MenuItem key={orderby} value={orderby}>
              {t(`advancedSearch.sort.options.${orderby}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={t('advancedSearch.sort.order')}
          value={state.order}
          onChange={(event) => update({ order: event.target.value as 'asc' | 'desc', page: 1 })}
          sx={{ minWidth: 140 }}
        >
          <MenuItem value="asc">{t('advancedSearch.sort.asc')}</MenuItem>
          <MenuItem value="desc">{t('advancedSearch.sort.desc')}</MenuItem>
        </TextField>
      </Stack>
    </Stack>
  );
}
