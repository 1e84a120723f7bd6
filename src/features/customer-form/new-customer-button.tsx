import { useTranslation } from '../../i18n/use-translation';
import { RouterLink } from '../../routes/navigation';
import Button from '@mui/material/Button';
import AddIcon from '@mui/icons-material/Add';
import { paths } from '../../routes/paths';
import { useConnectionAccess } from '../../session/connection-context';

/** Hidden for a read-only key: the store would refuse the create anyway. */
export function NewCustomerButton() {
  const { t } = useTranslation();
  if (useConnectionAccess() === 'read_only') return null;
  return (
    <Button
      component={RouterLink}
      to={paths.customerNew}
      variant="contained"
      startIcon={<AddIcon />}
    >
      {t('customerForm.actions.newCustomer')}
    </Button>
  );
}
