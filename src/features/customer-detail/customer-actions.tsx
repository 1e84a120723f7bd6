import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import EditIcon from '@mui/icons-material/Edit';
import type { Customer } from '../../api/schemas/customer';
import { paths } from '../../app/paths';

/** What can be done to the customer on screen: edit, and delete (with undo). */
export function CustomerActions({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" spacing={1}>
      <Button
        component={RouterLink}
        to={paths.customerEdit(customer.id)}
        variant="contained"
        startIcon={<EditIcon />}
      >
        {t('customerForm.actions.edit')}
      </Button>
    </Stack>
  );
}
