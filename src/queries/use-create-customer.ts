import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createCustomer } from '../api/endpoints/customers';
import type { CustomerCreateInput } from '../api/schemas/customer-input';
import { useApiClient } from '../session/api-client-context';
import { invalidateCustomerLists, writeCustomers } from './customer-cache';

export function useCreateCustomer() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CustomerCreateInput) => createCustomer(client, input),
    // A write is never resent: a lost answer does not mean the store did nothing.
    retry: false,
    onSuccess: (customer) => {
      writeCustomers(queryClient, client, [customer]);
      // Where the new row belongs depends on sort and filters: let visible lists ask again.
      void invalidateCustomerLists(queryClient, client, { patchedOnly: false });
    },
  });
}
