import { useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import type { CustomerPartial } from '../../api/schemas/customer';
import { DeleteCustomerDialog } from './delete-customer-dialog';
import { usePendingDeletes } from './pending-deletes';

/** "Ana Silva", else the email, else "#12": how a customer is named in questions and notices. */
export function customerLabel(customer: CustomerPartial): string {
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(' ');
  return name || customer.email || `#${customer.id ?? ''}`;
}

interface DeleteCustomerButtonProps {
  customer: CustomerPartial & { id: number };
  /** `icon` for grid rows; `button` on the detail view. */
  variant: 'icon' | 'button';
  onScheduled?(): void;
}

export function DeleteCustomerButton({
  customer,
  variant,
  onScheduled,
}: DeleteCustomerButtonProps) {
  const { t } = useTranslation();
  const deletes = usePendingDeletes();
  const [open, setOpen] = useState(false);
  if (!deletes?.canDelete) return null;
  const { schedule, pendingIds } = deletes;
  const label = customerLabel(customer);
  // Inside a clickable grid row: the click must not also open the customer.
  const openDialog = (event: MouseEvent) => {
    event.stopPropagation();
    setOpen(true);
  };

  return (
    <>
      {variant === 'icon' ? (
        <IconButton
          size="small"
          aria-label={t('customerDelete.action', { name: label })}
          onClick={openDialog}
          onKeyDown={(event) => event.stopPropagation()}
          disabled={pendingIds.has(customer.id)}
        >
          <DeleteOutlinedIcon fontSize="small" />
        </IconButton>
      ) : (
        <Button
          color="error"
          variant="outlined"
          startIcon={<DeleteOutlinedIcon />}
          onClick={openDialog}
        >
          {t('customerDelete.button')}
        </Button>
      )}
      {open && (
        <span
          onClick={(event) => event.stopPropagation()}
          onKeyDown={(event) => event.stopPropagation()}
        >
          <DeleteCustomerDialog
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
        </span>
      )}
    </>
  );
}
