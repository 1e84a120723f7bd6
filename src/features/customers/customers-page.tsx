import { useTranslation } from 'react-i18next';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useCustomers } from './api/use-customers';
import { useErrorMessage } from '../../components/use-error-message';
import { formatDateTime } from '../../lib/format';

const FIRST_PAGE = {
  page: 1,
  per_page: 25,
  _fields: [
    'id',
    'first_name',
    'last_name',
    'email',
    'username',
    'role',
    'billing',
    'date_created',
  ],
};

/** The first page of the store's customers; the full grid (paging, filters, sorting) builds on this. */
export function CustomersPage() {
  const { t, i18n } = useTranslation();
  const customers = useCustomers(FIRST_PAGE);
  const describeError = useErrorMessage();

  return (
    <Stack spacing={2} sx={{ p: { xs: 1, sm: 3 } }}>
      <Stack direction="row" sx={{ alignItems: 'baseline', gap: 2 }}>
        <Typography variant="h5" component="h1">
          {t('customers.title')}
        </Typography>
        {customers.data && (
          <Typography color="text.secondary">
            {t('customers.total', {
              count: customers.data.total,
              formattedCount: customers.data.total.toLocaleString(i18n.language),
            })}
          </Typography>
        )}
      </Stack>
      {customers.error && (
        <Alert
          severity="error"
          action={<Button onClick={() => void customers.refetch()}>{t('customers.retry')}</Button>}
        >
          {describeError(customers.error)}
        </Alert>
      )}
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label={t('customers.title')} aria-busy={customers.isPending}>
          <TableHead>
            <TableRow>
              {(['name', 'email', 'username', 'role', 'location', 'registered'] as const).map(
                (column) => (
                  <TableCell key={column}>{t(`customers.columns.${column}`)}</TableCell>
                ),
              )}
            </TableRow>
          </TableHead>
          <TableBody>
            {customers.isPending &&
              Array.from({ length: 5 }, (_, row) => (
                <TableRow key={row}>
                  <TableCell colSpan={6}>
                    <Skeleton aria-label={t('customers.loading')} />
                  </TableCell>
                </TableRow>
              ))}
            {customers.data?.items.map((customer) => (
              <TableRow key={customer.id} hover>
                <TableCell>
                  {[customer.first_name, customer.last_name].filter(Boolean).join(' ')}
                </TableCell>
                <TableCell>{customer.email}</TableCell>
                <TableCell>{customer.username}</TableCell>
                <TableCell>{'role' in customer ? String(customer.role ?? '') : ''}</TableCell>
                <TableCell>
                  {[customer.billing?.city, customer.billing?.country].filter(Boolean).join(', ')}
                </TableCell>
                <TableCell>
                  {customer.date_created
                    ? formatDateTime(customer.date_created, i18n.language)
                    : ''}
                </TableCell>
              </TableRow>
            ))}
            {customers.data?.items.length === 0 && (
              <TableRow>
                <TableCell colSpan={6}>{t('customers.empty')}</TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </TableContainer>
    </Stack>
  );
}
