import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useParams } from 'react-router';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { paths } from '../../app/paths';
import { ErrorMessage } from '../customers/grid/grid-messages';
import { customerName } from '../customers/grid/customer-cells';
import { useCustomer } from '../customers/api/use-customer';

/** Placeholder for the customer view (issue 4): enough to open a row and find the way back. */
export function CustomerDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const location = useLocation();
  // Back to the grid exactly as it was (page, filters, sort), when we came from it.
  const gridSearch = (location.state as { gridSearch?: string } | null)?.gridSearch ?? '';

  return (
    <Stack spacing={2} sx={{ p: { xs: 1, sm: 3 }, alignItems: 'flex-start' }}>
      <Button
        component={RouterLink}
        to={`${paths.customers}${gridSearch}`}
        startIcon={<ArrowBackIcon />}
      >
        {t('customers.detail.back')}
      </Button>
      {Number.isSafeInteger(id) && id > 0 ? (
        <CustomerSummary id={id} />
      ) : (
        <Typography>{t('app.notFound')}</Typography>
      )}
    </Stack>
  );
}

function CustomerSummary({ id }: { id: number }) {
  const { t } = useTranslation();
  const customer = useCustomer(id);
  if (customer.data) {
    return (
      <>
        <Typography variant="h5" component="h1">
          {customerName(customer.data) || t('customers.detail.title', { id })}
        </Typography>
        <Typography>{customer.data.email}</Typography>
        <Typography color="text.secondary">{t('customers.detail.soon')}</Typography>
      </>
    );
  }
  if (customer.error) {
    return <ErrorMessage error={customer.error} onRetry={() => void customer.refetch()} />;
  }
  return <Skeleton width={240} height={40} aria-label={t('customers.loading')} />;
}
