import { useTranslation } from '../../../i18n/use-translation';
import { styled } from '@mui/material/styles';
import FirstPageIcon from '@mui/icons-material/FirstPage';
import LastPageIcon from '@mui/icons-material/LastPage';
import NavigateBeforeIcon from '@mui/icons-material/NavigateBefore';
import NavigateNextIcon from '@mui/icons-material/NavigateNext';
import type { ReactTable, TableState } from '@tanstack/react-table';
import { formatCount } from '../../../lib/format-amount';
import { PAGE_SIZES } from '../../../lib/paging';
import { LightSelect, LightTextField } from '../../../components/light-field';
import { LightIconButton } from '../../../components/light-button';
import type { GridFeatures, GridRow } from './grid-table-features';

interface GridPaginationProps {
  table: ReactTable<GridFeatures, GridRow, TableState<GridFeatures>>;
  /** Rows on the page shown (the last page may be short). */
  shown: number;
}

const PAGE_SIZE_OPTIONS = PAGE_SIZES.map((size) => ({ value: String(size), label: String(size) }));

// Classes, not Stack/Typography with `sx`: the bar renders again on every page flip.
const Bar = styled('nav')(({ theme }) => ({
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'flex-end',
  flexWrap: 'wrap',
  gap: theme.spacing(1),
  padding: theme.spacing(1, 0),
  '& p': { ...theme.typography.body1, margin: 0 },
  '& > .cd-page-range': { margin: theme.spacing(0, 1) },
  '& > .cd-page-steps': { display: 'flex', alignItems: 'center', gap: theme.spacing(0.5) },
  '& .cd-page-count': { color: 'var(--mui-palette-text-secondary)', whiteSpace: 'nowrap' },
}));

export function GridPagination({ table, shown }: GridPaginationProps) {
  const { t, i18n } = useTranslation();
  const { pageIndex, pageSize } = table.state.pagination;
  const total = table.getRowCount();
  const pages = Math.max(1, table.getPageCount());
  const n = (value: number) => formatCount(value, i18n.language);
  const from = shown > 0 ? pageIndex * pageSize + 1 : 0;
  const to = shown > 0 ? from + shown - 1 : 0;

  return (
    <Bar aria-label={t('customers.pagination.label')}>
      <LightSelect
        label={t('customers.pagination.rowsPerPage')}
        value={String(pageSize)}
        onChange={(event) => table.setPageSize(Number(event.target.value))}
        options={PAGE_SIZE_OPTIONS}
        sx={{ minWidth: 130 }}
      />
      <p className="cd-page-range" role="status">
        {t('customers.pagination.range', { from: n(from), to: n(to), total: n(total) })}
      </p>
      <div className="cd-page-steps">
        <LightIconButton
          aria-label={t('customers.pagination.first')}
          disabled={!table.getCanPreviousPage()}
          onClick={() => table.firstPage()}
        >
          <FirstPageIcon />
        </LightIconButton>
        <LightIconButton
          aria-label={t('customers.pagination.previous')}
          disabled={!table.getCanPreviousPage()}
          onClick={() => table.previousPage()}
        >
          <NavigateBeforeIcon />
        </LightIconButton>
        {/* Keyed by page: a new page (Back, a link) resets what was typed. */}
        <PageField
          key={pageIndex}
          page={pageIndex + 1}
          pages={pages}
          onGo={(page) => table.setPageIndex(page - 1)}
        />
        <p className="cd-page-count">{t('customers.pagination.ofPages', { count: pages })}</p>
        <LightIconButton
          aria-label={t('customers.pagination.next')}
          disabled={!table.getCanNextPage()}
          onClick={() => table.nextPage()}
        >
          <NavigateNextIcon />
        </LightIconButton>
        <LightIconButton
          aria-label={t('customers.pagination.last')}
          disabled={!table.getCanNextPage()}
          onClick={() => table.lastPage()}
        >
          <LastPageIcon />
        </LightIconButton>
      </div>
    </Bar>
  );
}

function PageField(props: { page: number; pages: number; onGo(page: number): void }) {
  const { page, pages, onGo } = props;
  const { t } = useTranslation();
  const go = (input: HTMLInputElement) => {
    const wanted = Number(input.value);
    const clamped = Number.isInteger(wanted) ? Math.min(pages, Math.max(1, wanted)) : page;
    // What stays in the box is the page actually shown (or about to be).
    input.value = String(clamped);
    if (clamped !== page) onGo(clamped);
  };
  return (
    <LightTextField
      label={t('customers.pagination.page')}
      defaultValue={String(page)}
      onBlur={(event) => go(event.currentTarget)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') go(event.currentTarget);
      }}
      inputMode="numeric"
      pattern="[0-9]*"
      size={4}
      sx={{ width: 80 }}
    />
  );
}
