import type { ReactNode } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import Checkbox from '@mui/material/Checkbox';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import type { AnalyticsCustomer } from '../../../api/schemas/analytics-customer';
import { formatAmount, formatCount } from '../../../lib/format-amount';
import type { AnalyticsOrderby } from '../advanced-params';
import { useSelectedRegisteredCustomers } from '../selection/registered-selection';
import { useStateNamer } from '../../../queries/state-namer';
import { DateCell, LocationCell, ResultNameCell } from './result-cells';

interface Column {
  id: string;
  label: string;
  sort?: AnalyticsOrderby;
  numeric?: boolean;
  width: number;
}

interface ResultsTableProps {
  rows: AnalyticsCustomer[];
  currency: string | undefined;
  orderby: AnalyticsOrderby;
  order: 'asc' | 'desc';
  onSort(orderby: AnalyticsOrderby): void;
  busy: boolean;
  /** Shown instead of rows (loading, empty, error). */
  message?: ReactNode;
}

export function ResultsTable(props: ResultsTableProps) {
  const { rows, currency, orderby, order, onSort, busy, message } = props;
  const { t, i18n } = useTranslation();
  const selection = useSelectedRegisteredCustomers();
  const stateName = useStateNamer();
  const c = (key: string) => t(`advancedSearch.columns.${key}` as 'advancedSearch.columns.name');
  const columns: Column[] = [
    { id: 'name', label: c('name'), sort: 'name', width: 220 },
    { id: 'email', label: c('email'), width: 240 },
    { id: 'location', label: c('location'), sort: 'country', width: 200 },
    { id: 'registered', label: c('registered'), sort: 'date_registered', width: 190 },
    { id: 'lastActive', label: c('lastActive'), sort: 'date_last_active', width: 190 },
    { id: 'lastOrder', label: c('lastOrder'), width: 200 },
    { id: 'orders', label: c('orders'), sort: 'orders_count', numeric: true, width: 100 },
    { id: 'totalSpend', label: c('totalSpend'), sort: 'total_spend', numeric: true, width: 130 },
    { id: 'aov', label: c('aov'), sort: 'avg_order_value', numeric: true, width: 130 },
  ];
  const registeredIds = rows.flatMap((row) => (row.user_id === null ? [] : [row.user_id]));
  const picked = registeredIds.filter((id) => selection.isSelected(id)).length;
  const money = (value: number) => formatAmount(value, currency, i18n.language);

  return (
    <TableContainer component={Paper} variant="outlined" sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={t('advancedSearch.results')} aria-busy={busy}>
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox">
              <Checkbox
                disabled={registeredIds.length === 0}
                checked={registeredIds.length > 0 && picked === registeredIds.length}
                indeterminate={picked > 0 && picked < registeredIds.length}
                onChange={(event) => selection.setMany(registeredIds, event.target.checked)}
                slotProps={{ input: { 'aria-label': t('advancedSearch.selectPage') } }}
              />
            </TableCell>
            {columns.map((column) => (
              <TableCell
                key={column.id}
                align={column.numeric ? 'right' : 'left'}
                sx={{ minWidth: column.width, whiteSpace: 'nowrap' }}
                aria-sort={
                  column.sort === orderby
                    ? order === 'asc'
                      ? 'ascending'
                      : 'descending'
                    : undefined
                }
              >
                {column.sort ? (
                  <TableSortLabel
                    active={column.sort === orderby}
                    direction={column.sort === orderby ? order : 'asc'}
                    onClick={() => column.sort && onSort(column.sort)}
                  >
                    {column.label}
                  </TableSortLabel>
                ) : (
                  column.label
                )}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {message ? (
            <TableRow>
              <TableCell colSpan={columns.length + 1} sx={{ py: 4 }}>
                {message}
              </TableCell>
            </TableRow>
          ) : (
            rows.map((row) => (
              <TableRow
                key={row.id}
                hover
                selected={row.user_id !== null && selection.isSelected(row.user_id)}
              >
                <TableCell padding="checkbox">
                  {row.user_id !== null && (
                    <Checkbox
                      checked={selection.isSelected(row.user_id)}
                      onChange={() => row.user_id !== null && selection.toggle(row.user_id)}
                      slotProps={{
                        input: {
                          'aria-label': t('advancedSearch.selectRow', {
                            name: row.name || row.email || String(row.user_id),
                          }),
                        },
                      }}
                    />
                  )}
                </TableCell>
                <TableCell>
                  <ResultNameCell row={row} />
                </TableCell>
                <TableCell sx={{ wordBreak: 'break-all' }}>{row.email || '—'}</TableCell>
                <TableCell>
                  <LocationCell row={row} stateName={stateName} />
                </TableCell>
                <TableCell>
                  <DateCell gmt={row.date_registered_gmt} local={row.date_registered} />
                </TableCell>
                <TableCell>
                  <DateCell gmt={row.date_last_active_gmt} local={row.date_last_active} />
                </TableCell>
                <TableCell>
                  <DateCell local={row.date_last_order} />
                </TableCell>
                <TableCell align="right">{formatCount(row.orders_count, i18n.language)}</TableCell>
                <TableCell align="right">{money(row.total_spend)}</TableCell>
                <TableCell align="right">{money(row.avg_order_value)}</TableCell>
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
