import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateCustomer } from '../api/endpoints/customers';
import type { CustomerUpdateInput } from '../api/schemas/customer-input';
import { useApiClient } from '../session/api-client-context';
import { invalidateCustomerLists, writeCustomers } from './customer-cache';

export interface UpdateCustomerVariables {
  id: number;
  /** Only the fields to change; the store keeps the others. */
  patch: CustomerUpdateInput;
}

export function useUpdateCustomer() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: UpdateCustomerVariables) => updateCustomer(client, id, patch),
    retry: false,
    onSuccess: (customer) => {
      writeCustomers(queryClient, client, [customer]);
      void invalidateCustomerLists(queryClient, client, { patchedOnly: true });
    },
  });
}
