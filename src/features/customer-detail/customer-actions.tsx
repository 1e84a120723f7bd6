import { useTranslation } from '../../i18n/use-translation';
import { RouterLink, useNavigate } from '../../routes/navigation';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import EditIcon from '@mui/icons-material/Edit';
import type { Customer } from '../../api/schemas/customer';
import { paths } from '../../routes/paths';
import { useConnectionAccess } from '../../session/connection-context';
import { DeleteCustomerButton } from '../customer-delete/public';
import { ariaShortcut } from '../../components/shortcuts';

/** What can be done to the customer on screen: edit, and delete (with undo). */
export function CustomerActions({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  if (useConnectionAccess() === 'read_only') return null;
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
      <Button
        component={RouterLink}
        to={paths.customerEdit(customer.id)}
        variant="contained"
        startIcon={<EditIcon />}
        aria-keyshortcuts={ariaShortcut('edit')}
      >
        {t('customerForm.actions.edit')}
      </Button>
      <DeleteCustomerButton
        customer={customer}
        // The customer is gone from the store's point of view in a few seconds: back to the list.
        onScheduled={() => void navigate(paths.customers)}
      />
    </Stack>
  );
}
