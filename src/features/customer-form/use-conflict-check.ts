import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getCustomer } from '../../api/endpoints/customers';
import type { Customer } from '../../api/schemas/customer';
import { formatStoreWallClock, formatUtcInstant } from '../../lib/format-date';
import { useApiClient } from '../connection/api-client-context';
import { customerQueries } from '../customers/api/customer-queries';
import type { Conflict } from './conflict-dialog';
import { changedValues } from './form-diff';
import { toFormValues } from './form-values';

/** Modified time, or any difference in what the form edits (two saves within one second). */
function changedSince(base: Customer, latest: Customer): boolean {
  const stamp = (c: Customer) => c.date_modified_gmt ?? c.date_modified;
  return (
    stamp(base) !== stamp(latest) ||
    changedValues(toFormValues(base), toFormValues(latest)).length > 0
  );
}

/**
 * Reads the customer again right before a save. WooCommerce has no If-Match, so this is the only
 * way not to overwrite someone else's newer change blindly; the answer also refreshes the cache.
 */
export function useConflictCheck() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();
  return async (base: Customer): Promise<{ latest: Customer; conflict: Conflict | null }> => {
    const latest = await getCustomer(client, base.id);
    queryClient.setQueryData(customerQueries.detail(client, base.id).queryKey, latest);
    if (!changedSince(base, latest)) return { latest, conflict: null };
    const modifiedAt = latest.date_modified_gmt
      ? formatUtcInstant(latest.date_modified_gmt, i18n.language)
      : formatStoreWallClock(latest.date_modified ?? '', i18n.language);
    return {
      latest,
      conflict: { loaded: toFormValues(base), theirs: toFormValues(latest), modifiedAt },
    };
  };
}
