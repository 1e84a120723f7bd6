import { useTranslation } from '../../../i18n/use-translation';
import type { ReactTable, TableState } from '@tanstack/react-table';
import { formatCount } from '../../../lib/format-amount';
import { PAGE_SIZES } from '../../../lib/paging';
import { LightSelect, LightTextField } from '../../../components/light-field';
import { LightIconButton } from '../../../components/light-button';
import { Icon } from '../../../components/icon';
import './grid-pagination.css';
import type { GridFeatures, GridRow } from './grid-table-features';

interface GridPaginationProps {
  table: ReactTable<GridFeatures, GridRow, TableState<GridFeatures>>;
  /** Rows on the page shown (the last page may be short). */
  shown: number;
}

const PAGE_SIZE_OPTIONS = PAGE_SIZES.map((size) => ({ value: String(size), label: String(size) }));

export function GridPagination({ table, shown }: GridPaginationProps) {
  const { t, i18n } = useTranslation();
  const { pageIndex, pageSize } = table.state.pagination;
  const total = table.getRowCount();
  const pages = Math.max(1, table.getPageCount());
  const n = (value: number) => formatCount(value, i18n.language);
  const from = shown > 0 ? pageIndex * pageSize + 1 : 0;
  const to = shown > 0 ? from + shown - 1 : 0;

  return (
    // Classes of a static stylesheet (grid-pagination.css): the bar renders on every page flip.
    <nav className="cd-pagination" aria-label={t('customers.pagination.label')}>
      <LightSelect
        label={t('customers.pagination.rowsPerPage')}
        value={String(pageSize)}
        onChange={(event) => table.setPageSize(Number(event.target.value))}
        options={PAGE_SIZE_OPTIONS}
        className="cd-page-size"
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
          <Icon name="firstPage" />
        </LightIconButton>
        <LightIconButton
          aria-label={t('customers.pagination.previous')}
          disabled={!table.getCanPreviousPage()}
          onClick={() => table.previousPage()}
        >
          <Icon name="navigateBefore" />
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
          <Icon name="navigateNext" />
        </LightIconButton>
        <LightIconButton
          aria-label={t('customers.pagination.last')}
          disabled={!table.getCanNextPage()}
          onClick={() => table.lastPage()}
        >
          <Icon name="lastPage" />
        </LightIconButton>
      </div>
    </nav>
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
      className="cd-page-field"
    />
  );
}
