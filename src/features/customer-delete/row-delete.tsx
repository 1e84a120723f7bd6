import { Suspense, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { CustomerPartial } from '../../api/schemas/customer';
import { labelTemplate } from '../../i18n/label-template';
import { customerLabel } from './customer-label';
import { LazyDeleteCustomerDialog } from './lazy-delete-dialog';
import { usePendingDeletes } from './pending-deletes';
import { iconPath } from '../../components/icon';

// Delete from a list of many rows: each row draws a plain button (no hooks, no MUI), the list
// handles all their clicks with one listener and renders one dialog host, whose code loads on the
// first pointer or focus on any row's delete button.

/** Marks the button for the list's listeners; the list's stylesheet draws its row buttons. */
const ROW_DELETE_CLASS = 'cd-row-delete';

// The delete icon, as a plain <svg> the list's stylesheet sizes.
const ICON = (
  <svg viewBox="0 0 24 24" aria-hidden focusable="false">
    <path d={iconPath('delete')} />
  </svg>
);

/** A row's delete button; its clicks are handled by the list (see `isRowDeleteTarget`). */
export function RowDeleteButton({ label }: { label: string }) {
  return (
    <button type="button" className={ROW_DELETE_CLASS} aria-label={label}>
      {ICON}
    </button>
  );
}

/** Whether an event inside the list came from (or through) a row's delete button. */
export function isRowDeleteTarget(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(`.${ROW_DELETE_CLASS}`) !== null;
}

export interface RowDeleteApi {
  /** False for a read-only key (or outside a connected screen): rows then show no button. */
  canDelete: boolean;
  /** The button's accessible name for this customer ("Delete Ana Silva"). */
  labelFor(customer: CustomerPartial): string;
  /** Asks whether to delete this customer (opens the dialog). */
  request(customer: CustomerPartial & { id: number }): void;
  /** Starts loading the dialog's code: call on pointer or focus over a delete button. */
  preload(): void;
  /** Render once, anywhere outside the rows: the dialog when open. */
  host: ReactNode;
}

export function useRowDelete(): RowDeleteApi {
  const { t } = useTranslation();
  const deletes = usePendingDeletes();
  const [target, setTarget] = useState<(CustomerPartial & { id: number }) | null>(null);
  const labelFor = useMemo(() => {
    const label = labelTemplate(t, 'customerDelete.action', 'name');
    return (customer: CustomerPartial) => label(customerLabel(customer));
  }, [t]);
  const schedule = deletes?.schedule;
  const label = target ? customerLabel(target) : '';
  const host = target && schedule && (
    <Suspense fallback={null}>
      <LazyDeleteCustomerDialog
        open
        customerId={target.id}
        label={label}
        onCancel={() => setTarget(null)}
        onConfirm={(reassign) => {
          setTarget(null);
          schedule({ id: target.id, label, reassign });
        }}
      />
    </Suspense>
  );
  return { canDelete: deletes?.canDelete ?? false, labelFor, request: setTarget, preload, host };
}

// A failed early load is not shown: opening the dialog loads again and reports a failure then.
const preload = () => void LazyDeleteCustomerDialog.preload().catch(() => undefined);
