import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteCustomer } from '../api/endpoints/customers';
import { useApiClient } from '../session/api-client-context';
import { forgetCustomers, invalidateCustomerLists } from './customer-cache';
import { customerQueries } from './customer-queries';

export interface DeleteCustomerVariables {
  id: number;
  /** User id that receives the deleted user's posts. */
  reassign?: number;
}

/** Deletes for good (users have no trash); resolves with the deleted customer as it was. */
export function useDeleteCustomer() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reassign }: DeleteCustomerVariables) =>
      deleteCustomer(client, id, { reassign }),
    retry: false,
    onSuccess: async (_deleted, { id }) => {
      // A detail fetch still in flight would otherwise bring the customer back into the cache.
      await queryClient.cancelQueries({ queryKey: customerQueries.detail(client, id).queryKey });
      forgetCustomers(queryClient, client, [id]);
      void invalidateCustomerLists(queryClient, client, { patchedOnly: false });
    },
  });
}
