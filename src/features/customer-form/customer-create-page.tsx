import './strings';
import { useRef } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { useNavigate } from '../../routes/navigation';
import { paths } from '../../routes/paths';
import { useNotify } from '../../components/notices';
import { announceToHost } from '../../embed/announce-to-host';
import { useApiClient } from '../../session/api-client-context';
import { useConnection } from '../../session/connection-context';
import { useCreateCustomer } from '../../queries/use-create-customer';
import { customerName } from '../../lib/customer-text';
import { CustomerForm, useCustomerForm } from './customer-form';
import { DraftBanner } from './draft-banner';
import { draftKey, draftStorage } from './draft-storage';
import { supportsMetaData, toCreateInput } from './form-mapping';
import { FormPageFrame } from './form-page-frame';
import { emptyFormValues, type CustomerFormValues } from './form-values';
import { LeaveGuard } from './use-leave-guard';
import { useFormDraft } from './use-form-draft';

export function CustomerCreatePage() {
  const { t } = useTranslation();
  const client = useApiClient();
  const { connection } = useConnection();
  const navigate = useNavigate();
  const notify = useNotify();
  const create = useCreateCustomer();
  const form = useCustomerForm(emptyFormValues());
  const draft = useFormDraft(form, draftKey(client, 'new'), draftStorage(connection));
  const leaving = useRef(false);
  const { version } = client.config;

  async function save(values: CustomerFormValues) {
    leaving.current = true;
    try {
      const created = await create.mutateAsync(toCreateInput(values, version));
      draft.clear();
      announceToHost({ type: 'customer-created', id: created.id });
      notify({
        message: t('customerForm.saved.created', { name: customerName(created) || created.email }),
      });
      void navigate(paths.customer(created.id), { replace: true });
    } catch (error) {
      leaving.current = false;
      throw error;
    }
  }

  return (
    <FormPageFrame title={t('customerForm.createTitle')} backTo={paths.customers}>
      <CustomerForm
        mode="create"
        form={form}
        formId="customer-create-form"
        showMetaData={supportsMetaData(version)}
        // Shipping phone came with WooCommerce 5.6; v1-only stores are older than that.
        showShippingPhone={version !== 'v1'}
        submitLabel={t('customerForm.actions.create')}
        onSubmit={save}
        onCancel={() => void navigate(paths.customers)}
        header={<DraftBanner draft={draft} />}
      />
      <LeaveGuard when={form.formState.isDirty} skip={leaving} onLeave={draft.clear} />
    </FormPageFrame>
  );
}
