import { useMutation, useQueryClient } from '@tanstack/react-query';
import { batchCustomers } from '../api/endpoints/customers';
import { batchSuccesses, type BatchRequest } from '../api/schemas/batch';
import { useApiClient } from '../session/api-client-context';
import { forgetCustomers, invalidateCustomerLists, writeCustomers } from './customer-cache';

/**
 * Resolves with the per-item answer: a batch "succeeds" even when some items failed, so the caller
 * must show `isBatchItemError` items. Successful items are already in the cache by then.
 */
export function useBatchCustomers() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BatchRequest) => batchCustomers(client, body),
    retry: false,
    onSuccess: (result) => {
      const created = batchSuccesses(result.create);
      const deleted = batchSuccesses(result.delete);
      writeCustomers(queryClient, client, [...created, ...batchSuccesses(result.update)]);
      forgetCustomers(
        queryClient,
        client,
        deleted.map((customer) => customer.id),
      );
      // Updates alone were patched in place; a created or deleted customer moves pages and totals.
      const patchedOnly = created.length === 0 && deleted.length === 0;
      void invalidateCustomerLists(queryClient, client, { patchedOnly });
    },
  });
}
