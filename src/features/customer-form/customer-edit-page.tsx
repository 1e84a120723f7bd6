import './strings';
import { useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { useParams } from 'wouter';
import { useNavigate } from '../../routes/navigation';
import Skeleton from '@mui/material/Skeleton';
import type { Customer } from '../../api/schemas/customer';
import { paths } from '../../routes/paths';
import { useNotify } from '../../components/notices';
import { announceToHost } from '../../embed/announce-to-host';
import { useApiClient } from '../../session/api-client-context';
import { useConnection } from '../../session/connection-context';
import { useCustomer } from '../../queries/use-customer';
import { useUpdateCustomer } from '../../queries/use-update-customer';
import { customerName } from '../../lib/customer-text';
import { ConflictDialog, type Conflict } from './conflict-dialog';
import { CustomerForm, useCustomerForm } from './customer-form';
import { DraftBanner } from './draft-banner';
import { draftKey, draftStorage } from './draft-storage';
import { supportsMetaData, toUpdatePatch } from './form-mapping';
import { FormPageFrame, LoadFailure } from './form-page-frame';
import { toFormValues, type CustomerFormValues } from './form-values';
import { LeaveGuard } from './use-leave-guard';
import { useConflictCheck } from './use-conflict-check';
import { useFormDraft } from './use-form-draft';

export function CustomerEditPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const customer = useCustomer(id);
  const name = customer.data ? customerName(customer.data) || customer.data.email : `#${id}`;
  return (
    <FormPageFrame title={t('customerForm.editTitle', { name })} backTo={paths.customer(id)}>
      {customer.data ? (
        // Rendered once the customer is here, so the form's defaults are the store's values.
        <EditForm key={id} customer={customer.data} />
      ) : customer.error ? (
        <LoadFailure error={customer.error} onRetry={() => void customer.refetch()} />
      ) : (
        <Skeleton variant="rounded" height={480} aria-label={t('customers.loading')} />
      )}
    </FormPageFrame>
  );
}

function EditForm({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const client = useApiClient();
  const { connection } = useConnection();
  const navigate = useNavigate();
  const notify = useNotify();
  const update = useUpdateCustomer();
  const checkConflict = useConflictCheck();
  // What the form was opened with: the base of the partial update and of the conflict check.
  const [loaded, setLoaded] = useState(() => ({ customer, values: toFormValues(customer) }));
  const form = useCustomerForm(loaded.values);
  const draft = useFormDraft(form, draftKey(client, customer.id), draftStorage(connection));
  const [conflict, setConflict] = useState<(Conflict & { latest: Customer }) | null>(null);
  /** Set by "Save my changes": the store's version the user has seen and chosen to build on. */
  const acknowledged = useRef<Customer | null>(null);
  const leaving = useRef(false);
  const version = client.config.version;

  async function save(values: CustomerFormValues) {
    const base = acknowledged.current ?? loaded.customer;
    acknowledged.current = null;
    const check = await checkConflict(base, values);
    if (check.conflict) return setConflict({ ...check.conflict, latest: check.latest });
    const patch = toUpdatePatch(loaded.values, values, version);
    leaving.current = true;
    if (Object.keys(patch).length === 0) {
      draft.clear();
      notify({ message: t('customerForm.saved.nothing'), severity: 'info' });
      return void navigate(paths.customer(customer.id));
    }
    try {
      const saved = await update.mutateAsync({ id: customer.id, patch });
      draft.clear();
      announceToHost({ type: 'customer-saved', id: saved.id });
      notify({
        message: t('customerForm.saved.updated', { name: customerName(saved) || saved.email }),
      });
      void navigate(paths.customer(customer.id));
    } catch (error) {
      leaving.current = false;
      throw error;
    }
  }

  return (
    <>
      <CustomerForm
        mode="edit"
        form={form}
        formId="customer-edit-form"
        showMetaData={supportsMetaData(version)}
        showShippingPhone={customer.shipping.phone !== undefined}
        submitLabel={t('customerForm.actions.save')}
        onSubmit={save}
        onCancel={() => void navigate(paths.customer(customer.id))}
        header={<DraftBanner draft={draft} />}
      />
      <LeaveGuard when={form.formState.isDirty} skip={leaving} onLeave={draft.clear} />
      <ConflictDialog
        conflict={conflict}
        yours={form.getValues()}
        onKeepEditing={() => setConflict(null)}
        onUseTheirs={() => {
          if (!conflict) return;
          setLoaded({ customer: conflict.latest, values: conflict.theirs });
          form.reset(conflict.theirs);
          draft.discard();
          setConflict(null);
        }}
        onSaveMine={() => {
          acknowledged.current = conflict?.latest ?? null;
          setConflict(null);
          document.querySelector<HTMLFormElement>('#customer-edit-form')?.requestSubmit();
        }}
      />
    </>
  );
}
