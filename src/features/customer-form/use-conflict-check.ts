import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../../i18n/use-translation';
import { getCustomer } from '../../api/endpoints/customers';
import type { Customer } from '../../api/schemas/customer';
import { formatStoreWallClock, formatUtcInstant } from '../../lib/format-date';
import { useApiClient } from '../../session/api-client-context';
import { customerQueries } from '../../queries/customer-queries';
import type { Conflict } from './conflict-dialog';
import { changedValues, flatten } from './form-diff';
import { toFormValues, type CustomerFormValues } from './form-values';

/**
 * Someone else's change is one that differs from what this form would now send. A store that
 * already holds exactly our values (our own earlier attempt landed, but its answer was lost) or
 * was merely re-saved unchanged is no reason to stop the user.
 */
function conflictingChanges(base: Customer, latest: Customer, yours: CustomerFormValues) {
  const mine = flatten(yours);
  return changedValues(toFormValues(base), toFormValues(latest)).filter(
    (change) => mine.get(change.path) !== change.after,
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
  return async (
    base: Customer,
    yours: CustomerFormValues,
  ): Promise<{ latest: Customer; conflict: Conflict | null }> => {
    const latest = await getCustomer(client, base.id);
    queryClient.setQueryData(customerQueries.detail(client, base.id).queryKey, latest);
    if (conflictingChanges(base, latest, yours).length === 0) return { latest, conflict: null };
    const modifiedAt = latest.date_modified_gmt
      ? formatUtcInstant(latest.date_modified_gmt, i18n.language)
      : formatStoreWallClock(latest.date_modified ?? '', i18n.language);
    return {
      latest,
      conflict: { loaded: toFormValues(base), theirs: toFormValues(latest), modifiedAt },
    };
  };
}
