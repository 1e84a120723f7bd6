import { useTranslation } from '../../i18n/use-translation';
import { LightButtonLink } from '../../components/light-button';
import { Icon } from '../../components/icon';
import { paths } from '../../routes/paths';
import { useConnectionAccess } from '../../session/connection-context';

/** Hidden for a read-only key: the store would refuse the create anyway. */
export function NewCustomerButton() {
  const { t } = useTranslation();
  if (useConnectionAccess() === 'read_only') return null;
  return (
    <LightButtonLink to={paths.customerNew} variant="contained" startIcon={<Icon name="add" />}>
      {t('customerForm.actions.newCustomer')}
    </LightButtonLink>
  );
}
