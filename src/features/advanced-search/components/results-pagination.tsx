import { useTranslation } from '../../../i18n/use-translation';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import NavigateBeforeIcon from '@mui/icons-material/NavigateBefore';
import NavigateNextIcon from '@mui/icons-material/NavigateNext';
import { formatCount } from '../../../lib/format-amount';
import { PAGE_SIZES, type PageSize } from '../../../lib/paging';

interface ResultsPaginationProps {
  page: number;
  perPage: PageSize;
  /** From X-WP-Total / X-WP-TotalPages. */
  total: number;
  totalPages: number;
  shown: number;
  onPage(page: number): void;
  onPerPage(perPage: PageSize): void;
}

export function ResultsPagination(props: ResultsPaginationProps) {
  const { page, perPage, total, totalPages, shown, onPage, onPerPage } = props;
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatCount(value, i18n.language);
  const from = shown > 0 ? (page - 1) * perPage + 1 : 0;
  const to = shown > 0 ? from + shown - 1 : 0;
  const pages = Math.max(1, totalPages);
  return (
    <Stack
      component="nav"
      aria-label={t('advancedSearch.pagination.label')}
      direction="row"
      sx={{ alignItems: 'center', justifyContent: 'flex-end', flexWrap: 'wrap', gap: 1, py: 1 }}
    >
      <TextField
        select
        size="small"
        label={t('advancedSearch.pagination.rowsPerPage')}
        value={perPage}
        onChange={(event) => onPerPage(Number(event.target.value) as PageSize)}
        sx={{ minWidth: 130 }}
      >
        {PAGE_SIZES.map((size) => (
          <MenuItem key={size} value={size}>
            {size}
          </MenuItem>
        ))}
      </TextField>
      <Typography role="status">
        {t('advancedSearch.pagination.range', { from: n(from), to: n(to), total: n(total) })}
      </Typography>
      <Typography color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
        {t('advancedSearch.pagination.page', { page: n(page), pages: n(pages) })}
      </Typography>
      <IconButton
        aria-label={t('advancedSearch.pagination.previous')}
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        <NavigateBeforeIcon />
      </IconButton>
      <IconButton
        aria-label={t('advancedSearch.pagination.next')}
        disabled={page >= totalPages}
        onClick={() => onPage(page + 1)}
      >
        <NavigateNextIcon />
      </IconButton>
    </Stack>
  );
}
