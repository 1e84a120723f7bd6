import './strings';
import { useTranslation } from '../../i18n/use-translation';
import { useParams } from 'wouter';
import { RouterLink, useAppLocation } from '../../routes/navigation';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { paths } from '../../routes/paths';
import { CustomerDetail } from './customer-detail';
import { CustomerNotFound } from './customer-not-found';

/** Route `/customers/:id`: one customer, linkable, with the way back to the grid as it was. */
export function CustomerDetailPage() {
  const { t } = useTranslation();
  const rawId = useParams().id ?? '';
  const id = Number(rawId);
  const location = useAppLocation();
  // Back to the grid exactly as it was (page, filters, sort), when we came from it.
  const gridSearch = (location.state as { gridSearch?: string } | null)?.gridSearch ?? '';
  const backTo = `${paths.customers}${gridSearch}`;
  const valid = /^[1-9]\d*$/.test(rawId) && Number.isSafeInteger(id);

  return (
    <Stack spacing={2} sx={{ p: { xs: 1, sm: 3 }, alignItems: 'flex-start', minWidth: 0 }}>
      <Button component={RouterLink} to={backTo} startIcon={<ArrowBackIcon />}>
        {t('customerDetail.back')}
      </Button>
      {valid ? (
        // Keyed by id: moving to another customer starts from that one's own cached row.
        <CustomerDetail key={id} id={id} />
      ) : (
        <CustomerNotFound id={rawId} />
      )}
    </Stack>
  );
}
