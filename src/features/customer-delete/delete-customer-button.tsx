import { Suspense, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Icon } from '../../components/icon';
import type { CustomerPartial } from '../../api/schemas/customer';
import { intentProps } from '../../components/lazy-with-preload';
import { LightButton } from '../../components/light-button';
import { customerLabel } from './customer-label';
import { LazyDeleteCustomerDialog } from './lazy-delete-dialog';
import { usePendingDeletes } from './pending-deletes';

interface DeleteCustomerButtonProps {
  customer: CustomerPartial & { id: number };
  onScheduled?(): void;
}

/** The detail view's delete button (grid rows use `RowDeleteButton` and `useRowDelete`). */
export function DeleteCustomerButton({ customer, onScheduled }: DeleteCustomerButtonProps) {
  const { t } = useTranslation();
  const deletes = usePendingDeletes();
  const [open, setOpen] = useState(false);
  if (!deletes?.canDelete) return null;
  const { schedule } = deletes;
  const label = customerLabel(customer);

  return (
    <>
      <LightButton
        color="error"
        variant="outlined"
        startIcon={<Icon name="delete" />}
        onClick={() => setOpen(true)}
        {...intentProps(LazyDeleteCustomerDialog.preload)}
      >
        {t('customerDelete.button')}
      </LightButton>
      {open && (
        <Suspense fallback={null}>
          <LazyDeleteCustomerDialog
            open
            customerId={customer.id}
            label={label}
            onCancel={() => setOpen(false)}
            onConfirm={(reassign) => {
              setOpen(false);
              schedule({ id: customer.id, label, reassign });
              onScheduled?.();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
